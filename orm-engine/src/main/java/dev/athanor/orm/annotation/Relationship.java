package dev.athanor.orm.annotation;

import dev.athanor.orm.Lazy;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Links a field to other mapped objects, as SQLAlchemy's {@code relationship()}: the field is
 * {@code List<T>}, {@code Set<T>} or {@code T}, and the direction follows the foreign keys between
 * the two tables.
 *
 * <pre>{@code
 * @Relationship(backPopulates = "author", cascade = "all, delete-orphan") List<Book> books = new ArrayList<>();
 * @Relationship(backPopulates = "books") Author author;
 * }</pre>
 *
 * <p>Relationship getters of loaded objects load lazily, so reach the attribute through its getter
 * ({@code getBooks()}, {@code isX()} or {@code books()}), not the field, from outside the class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Relationship {
    /** The attribute on the target class that mirrors this one; both sides are kept in step in memory. */
    String backPopulates() default "";

    /** SQLAlchemy's cascade syntax: {@code "save-update, merge"}, {@code "all, delete-orphan"}, {@code "none"}. */
    String cascade() default "save-update, merge";

    /** How the attribute is loaded when no query option says otherwise. */
    Lazy lazy() default Lazy.SELECT;

    /** For a many-to-many: the association table ({@code [schema.]name}) in the registry's MetaData. */
    String secondary() default "";

    /** Target attributes that order a collection: {@code "name"}, {@code "name desc, id"}. */
    String orderBy() default "";

    /** Whether the attribute holds a collection; DEFAULT follows the field type. */
    UseList uselist() default UseList.DEFAULT;

    /** For a self-referential many-to-one: the target attributes on the remote side (its key, {@code "id"}). */
    String[] remoteSide() default {};

    /** The foreign-key attributes or columns to join on when several reference the same table. */
    String[] foreignKeys() default {};

    /** Read-only: never written by a flush and never cascaded. */
    boolean viewOnly() default false;

    /** Leaves deleting or nulling unloaded children to the database's {@code ON DELETE} rule. */
    boolean passiveDeletes() default false;

    /** Writes this foreign key with a second UPDATE after both rows exist, breaking row cycles (A→B and B→A). */
    boolean postUpdate() default false;
}
