package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;

/** A book of a {@link RelAuthor}. */
@Table("rel_book")
public class RelBook {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 100)
    String title;
    @ForeignKey("rel_author.id")
    Long authorId;
    @Relationship(backPopulates = "books")
    RelAuthor author;

    RelBook() {
    }

    public RelBook(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public RelAuthor getAuthor() {
        return author;
    }

    public void setAuthor(RelAuthor author) {
        this.author = author;
    }
}
