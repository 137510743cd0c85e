package dev.athanor.migrate.operation;

import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.SchemaItem;
import dev.athanor.schema.Table;
import dev.athanor.types.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stand-in schema objects for operations that name a table without describing it, as Alembic's
 * {@code schemaobj}: a table whose columns have no type ({@link Types#NULL}), enough for the DDL
 * of an index or constraint, which names columns but never types them.
 */
final class SchemaObjects {
    private SchemaObjects() {
    }

    /** A table named {@code schema.name} with untyped columns and the given constraints or indexes. */
    static Table stubTable(String schema, String name, List<String> columnNames, SchemaItem... items) {
        Set<String> names = new LinkedHashSet<>(columnNames);
        if (names.isEmpty()) {
            names.add("_stub");
        }
        List<SchemaItem> all = new ArrayList<>();
        for (String column : names) {
            all.add(Column.of(column, Types.NULL));
        }
        all.addAll(List.of(items));
        return new MetaData().table(schema, name, all.toArray(SchemaItem[]::new));
    }

    /** {@code schema.name} or {@code name}, for messages. */
    static String qualified(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }
}
