package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.schema.Autoincrement;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Table;

/** The association table {@code q_book_tag} between books and tags, mapped so a package scan finds it. */
@Table("q_book_tag")
public class QBookTag {
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
    @ForeignKey("q_book.id")
    Long bookId;
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
    @ForeignKey("q_tag.id")
    Long tagId;

    QBookTag() {
    }
}
