package dev.athanor.schema.reflect;

import java.util.List;

/**
 * A foreign key of a reflected table.
 *
 * @param name the constraint name, or {@code null} when it was declared without one (SQLite)
 * @param columns the referring columns, paired by position with {@code referredColumns}
 * @param referredSchema the schema of the referred table, or {@code null} when it is the schema
 *     of the referring table
 * @param referredTable the referred table
 * @param referredColumns the referred columns
 * @param onDelete {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT} or {@code RESTRICT};
 *     {@code null} for the database's default (no action)
 * @param onUpdate as {@code onDelete}, for updates of the referred key
 */
public record ForeignKeyInfo(String name, List<String> columns, String referredSchema,
                             String referredTable, List<String> referredColumns, String onDelete,
                             String onUpdate) {

    public ForeignKeyInfo {
        columns = List.copyOf(columns);
        referredColumns = List.copyOf(referredColumns);
    }
}
