package dev.athanor.examples.migrations.books;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;

/** The model change the cheat sheet's {@code --autogenerate} picks up. */
@Table("books")
public class Book {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 200, nullable = false)
    String title;
}
