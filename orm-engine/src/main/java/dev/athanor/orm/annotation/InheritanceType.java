package dev.athanor.orm.annotation;

/** How the classes of a mapped hierarchy are stored, as {@link Inheritance#strategy()} declares it. */
public enum InheritanceType {
    /**
     * Each subclass has its own {@code @Table} holding only its own columns, whose primary key is
     * also a foreign key to the base table's key; loading joins the tables on the key.
     */
    JOINED,
    /**
     * Every class of the hierarchy lives in the base class's table; subclasses have no
     * {@code @Table}, and their columns must be nullable since other classes' rows leave them empty.
     */
    SINGLE_TABLE
}
