package dev.athanor.schema;

import dev.athanor.schema.reflect.CheckConstraintInfo;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.schema.reflect.ForeignKeyInfo;
import dev.athanor.schema.reflect.IndexInfo;
import dev.athanor.schema.reflect.PrimaryKeyInfo;
import dev.athanor.schema.reflect.UniqueConstraintInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds {@link Table}s from what an {@link Inspector} reports, for {@code metadata.reflect}:
 * columns with their types, nullability, server defaults and identity, the primary key, foreign
 * keys (their target tables are reflected too, so every key resolves), unique and check
 * constraints, indexes and the table comment.
 */
final class TableReflector {
    private final MetaData metadata;
    private final Inspector inspector;

    TableReflector(MetaData metadata, Inspector inspector) {
        this.metadata = metadata;
        this.inspector = inspector;
    }

    /** Reflects every table of a schema ({@code null}: the default) not yet in the MetaData. */
    void reflectAll(String schema) {
        for (String name : inspector.tableNames(schema)) {
            reflect(schema, name);
        }
    }

    /** Reflects one table (and the tables its foreign keys reference), unless already present. */
    Table reflect(String schema, String name) {
        Table existing = metadata.findTable(MetaData.key(schema, name));
        if (existing != null) {
            return existing;
        }
        List<ForeignKeyInfo> foreignKeys = inspector.foreignKeys(schema, name);
        List<SchemaItem> items = new ArrayList<>();
        inspector.columns(schema, name).forEach(column -> items.add(column(column)));
        PrimaryKeyInfo primaryKey = inspector.primaryKey(schema, name);
        if (!primaryKey.columns().isEmpty()) {
            PrimaryKeyConstraint constraint = new PrimaryKeyConstraint(primaryKey.columns().toArray(String[]::new));
            items.add(primaryKey.name() == null ? constraint : constraint.name(primaryKey.name()));
        }
        for (ForeignKeyInfo foreignKey : foreignKeys) {
            items.add(foreignKey(schema, foreignKey));
        }
        for (UniqueConstraintInfo unique : inspector.uniqueConstraints(schema, name)) {
            UniqueConstraint constraint = new UniqueConstraint(unique.columns().toArray(String[]::new));
            items.add(unique.name() == null ? constraint : constraint.name(unique.name()));
        }
        for (CheckConstraintInfo check : inspector.checkConstraints(schema, name)) {
            CheckConstraint constraint = new CheckConstraint(check.sqlText());
            items.add(check.name() == null ? constraint : constraint.name(check.name()));
        }
        for (IndexInfo index : inspector.indexes(schema, name)) {
            Index item = new Index(index.name(), index.columns().toArray(String[]::new));
            items.add(index.unique() ? item.unique() : item);
        }
        Table table = metadata.table(schema, name, items.toArray(SchemaItem[]::new));
        String comment = inspector.tableComment(schema, name);
        if (comment != null) {
            table.comment(comment);
        }
        for (ForeignKeyInfo foreignKey : foreignKeys) {
            String referredSchema = foreignKey.referredSchema() == null ? schema : foreignKey.referredSchema();
            reflect(referredSchema, foreignKey.referredTable());
        }
        return table;
    }

    private static Column<?> column(ColumnInfo info) {
        Column<?> column = Column.of(info.name(), info.type()).nullable(info.nullable())
                .autoincrement(info.autoincrement() ? Autoincrement.TRUE : Autoincrement.FALSE);
        if (info.serverDefault() != null) {
            column.serverDefault(info.serverDefault());
        }
        if (info.comment() != null) {
            column.comment(info.comment());
        }
        return column;
    }

    private static ForeignKeyConstraint foreignKey(String schema, ForeignKeyInfo info) {
        String referredSchema = info.referredSchema() == null ? schema : info.referredSchema();
        String prefix = (referredSchema == null ? "" : referredSchema + ".") + info.referredTable() + ".";
        List<String> targets = info.referredColumns().stream().map(column -> prefix + column).toList();
        ForeignKeyConstraint constraint = new ForeignKeyConstraint(info.columns(), targets);
        if (info.name() != null) {
            constraint.name(info.name());
        }
        if (info.onDelete() != null) {
            constraint.onDelete(action(info.onDelete()));
        }
        if (info.onUpdate() != null) {
            constraint.onUpdate(action(info.onUpdate()));
        }
        return constraint;
    }

    private static ReferentialAction action(String sql) {
        return ReferentialAction.valueOf(sql.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
    }
}
