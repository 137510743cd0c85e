package dev.athanor.schema.reflect;

/**
 * A check constraint of a reflected table.
 *
 * @param name the constraint name, or {@code null} when it was declared without one (SQLite)
 * @param sqlText the condition as the database reports it, without the enclosing
 *     {@code CHECK (…)}; databases rewrite it (H2 quotes names, PostgreSQL adds casts), so it is
 *     for display and not for textual comparison with the declared condition
 */
public record CheckConstraintInfo(String name, String sqlText) {
}
