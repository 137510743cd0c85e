package dev.athanor.demo.book;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Table;

/**
 * The association table of {@link Book#getTags()}, mapped as a class so the package scan creates it
 * and queries can name its columns ({@code BookTag_.bookId}); rows are written through the
 * relationship, never as objects.
 */
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
}
