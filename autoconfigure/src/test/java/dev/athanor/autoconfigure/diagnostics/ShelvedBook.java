package dev.athanor.autoconfigure.diagnostics;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;

/** A book on a {@link Shelf}. */
@Table("shelved_book")
public class ShelvedBook {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 100)
    String title;
    @ForeignKey("shelf.id")
    Long shelfId;
    @Relationship(backPopulates = "books")
    Shelf shelf;

    ShelvedBook() {
    }

    public ShelvedBook(String title) {
        this.title = title;
    }
}
