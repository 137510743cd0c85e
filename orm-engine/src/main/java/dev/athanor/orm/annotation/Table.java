package dev.athanor.orm.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a plain class to a table; the class needs a no-arg constructor (any visibility) and every
 * non-static, non-{@code transient} field becomes a column.
 *
 * <pre>{@code
 * @Table                                   // table order_item (the class name in snake_case)
 * class OrderItem { @Column(primaryKey = true) Integer id; int quantity; }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {
    /** The table name; empty means the class's simple name in snake_case. */
    String value() default "";

    /** The schema, empty for the connection's default. */
    String schema() default "";

    /** Indexes over several columns (single-column ones go on {@link Column#index()}). */
    Index[] indexes() default {};

    /** Unique constraints over several columns. */
    Unique[] uniqueConstraints() default {};

    /** Check constraints, in SQL. */
    Check[] checks() default {};

    /**
     * Whether a flush reads back the values the database filled in from
     * {@link Column#serverDefault()}s right after the INSERT (one SELECT per batch), so the fields
     * hold them without a refresh. Off by default, as SQLAlchemy's {@code eager_defaults}: the
     * fields of such columns stay {@code null} until the object is refreshed or loaded again.
     */
    boolean eagerDefaults() default false;
}
