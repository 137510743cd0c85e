package dev.athanor.sql.compiler;

import dev.athanor.types.SqlType;

/**
 * One {@code ?} in compiled SQL: which parameter fills it and how its value is typed.
 *
 * @param key the parameter's name; a value given at execution under this name wins
 * @param source the index of the parameter in the statement's {@link CacheKey#binds()}
 * @param type the SQL type to bind with; {@code NullType} means "infer from the value"
 */
public record BindSlot(String key, int source, SqlType<?> type) {
}
