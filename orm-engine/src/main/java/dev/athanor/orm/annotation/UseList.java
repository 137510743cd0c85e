package dev.athanor.orm.annotation;

/** Whether a relationship holds a collection ({@code uselist} in SQLAlchemy); DEFAULT follows the field type. */
public enum UseList {
    /** A collection when the field is a {@code List}, {@code Set} or {@code Collection}, else one object. */
    DEFAULT,
    /** A collection. */
    TRUE,
    /** One object: a one-to-one when the target's table holds the foreign key. */
    FALSE
}
