package dev.athanor.migrate.operation;

import dev.athanor.schema.Inspector;
import dev.athanor.schema.reflect.CheckConstraintInfo;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.schema.reflect.ForeignKeyInfo;
import dev.athanor.schema.reflect.IndexInfo;
import dev.athanor.schema.reflect.PrimaryKeyInfo;
import dev.athanor.schema.reflect.UniqueConstraintInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the Inspector reports about the tables whose names start with a prefix, for before/after comparison. */
record SchemaSnapshot(Map<String, TableSnapshot> tables) {

    record TableSnapshot(List<ColumnInfo> columns, PrimaryKeyInfo primaryKey, List<ForeignKeyInfo> foreignKeys,
                         List<IndexInfo> indexes, List<UniqueConstraintInfo> uniques, List<CheckConstraintInfo> checks,
                         String comment) {
    }

    static SchemaSnapshot of(Inspector inspector, String prefix) {
        Map<String, TableSnapshot> tables = new LinkedHashMap<>();
        for (String table : inspector.tableNames()) {
            if (table.startsWith(prefix)) {
                tables.put(table, new TableSnapshot(inspector.columns(table), inspector.primaryKey(table),
                        inspector.foreignKeys(table), inspector.indexes(table), inspector.uniqueConstraints(table),
                        inspector.checkConstraints(table), inspector.tableComment(table)));
            }
        }
        return new SchemaSnapshot(tables);
    }
}
