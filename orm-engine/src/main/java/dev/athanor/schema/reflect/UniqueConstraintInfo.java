package dev.athanor.schema.reflect;

import java.util.List;

/**
 * A unique constraint of a reflected table.
 *
 * @param name the constraint name, or {@code null} when it was declared without one (SQLite)
 * @param columns the constrained columns in order
 */
public record UniqueConstraintInfo(String name, List<String> columns) {

    public UniqueConstraintInfo {
        columns = List.copyOf(columns);
    }
}
