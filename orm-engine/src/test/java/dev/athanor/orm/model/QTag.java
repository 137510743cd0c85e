package dev.athanor.orm.model;

import dev.athanor.orm.Lazy;
import dev.athanor.orm.WriteOnlyCollection;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;

/** A tag on books, which it reaches as a write-only collection. */
@Table("q_tag")
public class QTag {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 50)
    String name;
    @Relationship(secondary = "q_book_tag", lazy = Lazy.WRITE_ONLY)
    WriteOnlyCollection<QBook> books;

    QTag() {
    }

    public QTag(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public WriteOnlyCollection<QBook> getBooks() {
        return books;
    }

    @Override
    public String toString() {
        return "QTag(" + name + ")";
    }
}
