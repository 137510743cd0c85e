package dev.athanor.demo.book;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Table;

/** One row of the many-to-many link between books and tags. */
@Table("book_tag")
public class BookTag {
    @Column(primaryKey = true)
    @ForeignKey(value = "book.id", onDelete = "CASCADE")
    Long bookId;
    @Column(primaryKey = true)
    @ForeignKey(value = "tag.id", onDelete = "CASCADE")
    Long tagId;

    BookTag() {
    }

    public BookTag(Long bookId, Long tagId) {
        this.bookId = bookId;
        this.tagId = tagId;
    }
}
