package dev.athanor.schema.reflect;

import java.util.List;

/**
 * The primary key of a reflected table; a table without one has no columns here.
 *
 * @param name the constraint name, or {@code null} where the database does not keep one (MySQL)
 * @param columns the key's columns in key order
 */
public record PrimaryKeyInfo(String name, List<String> columns) {

    public PrimaryKeyInfo {
        columns = List.copyOf(columns);
    }
}
