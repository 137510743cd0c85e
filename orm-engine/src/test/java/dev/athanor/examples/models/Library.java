package dev.athanor.examples.models;

import static dev.athanor.types.Types.DATETIME;
import static dev.athanor.types.Types.INTEGER;

import dev.athanor.orm.Registry;
import dev.athanor.schema.Column;
import dev.athanor.schema.ForeignKey;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.ReferentialAction;
import dev.athanor.orm.Session;
import java.time.LocalDate;
import java.util.List;

/** The authors, books and tags of the examples, with the Core association table between books and tags. */
public final class Library {
    private Library() {
    }

    /** A registry of authors, books and tags over a MetaData that also holds {@code book_tags}. */
    public static Registry registry() {
        // tag::association-table[]
        MetaData metadata = new MetaData();
        metadata.table("book_tags",
                Column.of("book_id", INTEGER).primaryKey()
                        .foreignKey(ForeignKey.to("books.id").onDelete(ReferentialAction.CASCADE)),
                Column.of("tag_id", INTEGER).primaryKey()
                        .foreignKey(ForeignKey.to("tags.id").onDelete(ReferentialAction.CASCADE)),
                Column.of("created_at", DATETIME).serverDefault("CURRENT_TIMESTAMP"));
        Registry registry = Registry.of(metadata, List.of(Author.class, Book.class, Tag.class));
        // end::association-table[]
        return registry;
    }

    /**
     * The catalogue the documents' outputs show: Alice Smith wrote "Django Mastery" and "Python
     * Tricks", Bob Jones "SQLAlchemy in Action", Carol White nothing yet.
     */
    public static void fill(Session session) {
        Author alice = new Author("Alice Smith");
        Author bob = new Author("Bob Jones");
        Tag python = new Tag("python");
        Book django = new Book("Django Mastery", 320, LocalDate.of(2021, 5, 1));
        Book tricks = new Book("Python Tricks", 300, LocalDate.of(2024, 3, 1));
        Book action = new Book("SQLAlchemy in Action", 450, LocalDate.of(2024, 9, 1));
        django.getTags().add(python);
        tricks.getTags().add(python);
        alice.getBooks().addAll(List.of(django, tricks));
        bob.getBooks().add(action);
        session.addAll(List.of(alice, bob, new Author("Carol White")));
        session.commit();
    }
}
