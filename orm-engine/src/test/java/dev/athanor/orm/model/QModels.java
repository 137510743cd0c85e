package dev.athanor.orm.model;

import dev.athanor.orm.Registry;

/** The query and eager-loading fixture model (tables prefixed {@code q_}); {@code q_book_tag} links books and tags. */
public final class QModels {
    private QModels() {
    }

    /** A fresh registry of every query fixture class. */
    public static Registry registry() {
        return Registry.of(QAuthor.class, QBook.class, QTag.class, QBookTag.class, QEmployee.class);
    }
}
