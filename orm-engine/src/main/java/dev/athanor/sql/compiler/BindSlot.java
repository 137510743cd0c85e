package dev.athanor.sql.compiler;

import dev.athanor.types.SqlType;

/**
 * One {@code ?} in compiled SQL: which parameter fills it and how its value is typed.
 *
 * @param key the parameter's name; a value given at execution under this name wins
 * @param source the index of the parameter in the statement's {@link CacheKey#binds()}
 * @param type the SQL type to bind with ({@code NullType} means "infer from the value"); for an
 *        expanding slot, the type of each element of its list
 * @param expansion how a list value is sent: as it is, one {@code ?} per element, or one array
 */
public record BindSlot(String key, int source, SqlType<?> type, Expansion expansion) {

    /** How a slot's value reaches the driver. */
    public enum Expansion {
        /** The value is bound as one parameter. */
        NONE,
        /**
         * The value is a list; the SQL holds {@link #marker} where one {@code ?} per element is
         * written at execution, so one compiled statement serves every length.
         */
        LIST,
        /** The value is a list bound as one SQL array ({@code = ANY(?)}). */
        ARRAY
    }

    /** A slot bound as one plain parameter. */
    public BindSlot(String key, int source, SqlType<?> type) {
        this(key, source, type, Expansion.NONE);
    }

    /** The text a {@link Expansion#LIST} slot leaves in the SQL until execution, as SQLAlchemy's POSTCOMPILE. */
    public String marker() {
        return "__[POSTCOMPILE_" + key + "]";
    }
}
