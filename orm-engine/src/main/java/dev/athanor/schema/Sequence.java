package dev.athanor.schema;

import dev.athanor.exc.ArgumentError;

/**
 * A database sequence ({@code CREATE SEQUENCE order_seq START WITH 1 INCREMENT BY 1}). Given to a
 * column with {@link Column#sequence}, it becomes that column's server default on databases that
 * have sequences; elsewhere (SQLite, MySQL) it is ignored and the column autoincrements as usual.
 *
 * @param schema the schema, or {@code null} for the default one
 * @param name the sequence's name
 * @param start the first value
 * @param increment the step between values, never 0
 */
public record Sequence(String schema, String name, long start, long increment) {

    public Sequence {
        if (name == null || name.isBlank()) {
            throw new ArgumentError("A sequence needs a name");
        }
        if (increment == 0) {
            throw new ArgumentError("Sequence '" + name + "' has increment 0; use a non-zero step");
        }
    }

    /** A sequence starting at 1 and counting up by 1. */
    public static Sequence named(String name) {
        return new Sequence(null, name, 1, 1);
    }

    /** This sequence starting at {@code start}. */
    public Sequence start(long start) {
        return new Sequence(schema, name, start, increment);
    }

    /** This sequence stepping by {@code increment}. */
    public Sequence increment(long increment) {
        return new Sequence(schema, name, start, increment);
    }

    /** This sequence in another schema. */
    public Sequence schema(String schema) {
        return new Sequence(schema, name, start, increment);
    }
}
