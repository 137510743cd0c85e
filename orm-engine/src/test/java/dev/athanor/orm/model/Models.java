package dev.athanor.orm.model;

import dev.athanor.orm.Registry;

/** The canonical fixture model shared by ORM tests. */
public final class Models {
    private Models() {
    }

    /** A fresh registry of every fixture class. */
    public static Registry registry() {
        return Registry.of(Department.class, Employee.class, Author.class, Book.class, Document.class,
                Product.class, OrderItem.class);
    }
}
