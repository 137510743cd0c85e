package dev.athanor.orm.annotation;

import dev.athanor.schema.Autoincrement;
import dev.athanor.types.SqlType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;

/**
 * Column options for a mapped field, like SQLAlchemy's {@code mapped_column()}. Fields without it
 * are columns too, with the defaults below.
 *
 * <p>Nullability follows {@code Mapped[int]} vs {@code Mapped[Optional[int]]}: primitive fields
 * and primary-key fields are {@code NOT NULL}; boxed and reference fields are nullable unless
 * {@code nullable = false}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Column {
    /** The column name; empty means the field name in snake_case ({@code userId} → {@code user_id}). */
    String name() default "";

    /** Whether the column is (part of) the primary key. */
    boolean primaryKey() default false;

    /** Whether the database generates the value; {@code AUTO} as in {@link dev.athanor.schema.Column}. */
    Autoincrement autoincrement() default Autoincrement.AUTO;

    /** {@code VARCHAR(length)} for a {@code String} field; 0 means unbounded. */
    int length() default 0;

    /** {@code NUMERIC(precision, scale)} for a {@code BigDecimal} field; 0 means unspecified. */
    int precision() default 0;

    /** The scale of {@code NUMERIC(precision, scale)}. */
    int scale() default 0;

    /** {@code false} makes a boxed field {@code NOT NULL}; primitives and keys are never nullable. */
    boolean nullable() default true;

    /** Adds a single-column unique constraint. */
    boolean unique() default false;

    /** Adds a single-column index. */
    boolean index() default false;

    /** Stores the field as JSON (Jackson), for maps, lists and value classes. */
    boolean json() default false;

    /**
     * For a JSON field (a map, a list, or {@code json = true}): a map or list changed in place
     * ({@code getData().put(…)}) is written by the next flush, as SQLAlchemy's {@code MutableDict};
     * without it only a new value is seen. Nested maps and lists are compared by a copy taken on
     * load; an enhanced class reports top-level changes at once.
     */
    boolean mutable() default false;

    /** A supplier (with a no-arg constructor) asked for a value when an INSERT has none. */
    Class<? extends Supplier<?>> insertDefault() default NoValue.class;

    /** A supplier (with a no-arg constructor) asked for a value on every UPDATE of the row. */
    Class<? extends Supplier<?>> onUpdate() default NoValue.class;

    /** SQL the database evaluates for an omitted value: {@code DEFAULT <serverDefault>}. */
    String serverDefault() default "";

    /** A custom type (e.g. a {@code TypeDecorator}) with a no-arg constructor, instead of the inferred one. */
    @SuppressWarnings("rawtypes")
    Class<? extends SqlType> type() default SqlType.class;

    /** The marker for "no supplier". */
    final class NoValue implements Supplier<Object> {
        private NoValue() {
        }

        @Override
        public Object get() {
            return null;
        }
    }
}
