package dev.athanor.migrate.autogenerate;

import dev.athanor.migrate.autogenerate.SchemaDifference.Kind;
import dev.athanor.schema.Column;
import dev.athanor.schema.Inspector;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import dev.athanor.schema.reflect.ColumnInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares the tables of a {@link MetaData} with the live schema, as Alembic's
 * {@code compare_metadata}: missing and extra tables and columns, type and nullability changes,
 * indexes, unique constraints and foreign keys. An empty list means a migration would have nothing
 * to do.
 *
 * <pre>{@code
 * List<SchemaDifference> drift = new SchemaComparator(engine.inspector()).compare(registry.metadata());
 * }</pre>
 *
 * <p>Names match case-insensitively, since databases fold unquoted names differently; tables are
 * looked for only in the schemas the MetaData uses. Each call reads the catalog afresh.
 */
public final class SchemaComparator {
    private final Inspector inspector;
    private final Set<String> ignoredTables;

    /** A comparator that reflects through the inspector and reports every extra table. */
    public SchemaComparator(Inspector inspector) {
        this(inspector, Set.of());
    }

    private SchemaComparator(Inspector inspector, Set<String> ignoredTables) {
        this.inspector = inspector;
        this.ignoredTables = ignoredTables;
    }

    /** A comparator that does not report these tables as extra (a migration version table, say). */
    public SchemaComparator ignoringTables(String... tables) {
        Set<String> ignored = new LinkedHashSet<>(ignoredTables);
        for (String table : tables) {
            ignored.add(fold(table));
        }
        return new SchemaComparator(inspector, Set.copyOf(ignored));
    }

    /** Every difference, tables in declaration order, then tables the database has in addition. */
    public List<SchemaDifference> compare(MetaData metadata) {
        List<SchemaDifference> differences = new ArrayList<>();
        Map<String, Set<String>> declaredBySchema = new LinkedHashMap<>();
        for (Table table : metadata.tables()) {
            declaredBySchema.computeIfAbsent(table.schema(), s -> new LinkedHashSet<>()).add(fold(table.name()));
            if (!inspector.hasTable(table.schema(), table.name())) {
                differences.add(new SchemaDifference(Kind.MISSING_TABLE, table.key(), null,
                        "table '" + table.key() + "' is missing"));
                continue;
            }
            differences.addAll(compareColumns(table));
            differences.addAll(new KeyComparison(inspector, table).differences());
        }
        declaredBySchema.forEach((schema, declared) -> {
            for (String live : inspector.tableNames(schema)) {
                if (!declared.contains(fold(live)) && !ignoredTables.contains(fold(live))) {
                    String key = schema == null ? live : schema + "." + live;
                    differences.add(new SchemaDifference(Kind.EXTRA_TABLE, key, null,
                            "table '" + key + "' is in the database but not mapped"));
                }
            }
        });
        return differences;
    }

    private List<SchemaDifference> compareColumns(Table table) {
        List<SchemaDifference> differences = new ArrayList<>();
        Map<String, ColumnInfo> live = new LinkedHashMap<>();
        for (ColumnInfo info : inspector.columns(table.schema(), table.name())) {
            live.putIfAbsent(fold(info.name()), info);
        }
        for (Column<?> column : table.columns()) {
            ColumnInfo info = live.remove(fold(column.name()));
            String name = table.key() + "." + column.name();
            if (info == null) {
                differences.add(new SchemaDifference(Kind.MISSING_COLUMN, table.key(), column.name(),
                        "column '" + name + "' is missing"));
                continue;
            }
            String typeChange = TypeFamily.difference(column.type(), info.type());
            if (typeChange != null) {
                differences.add(new SchemaDifference(Kind.TYPE_CHANGED, table.key(), column.name(),
                        "column '" + name + "' " + typeChange + " (" + info.typeName() + ")"));
            }
            // primary-key columns are NOT NULL whatever the mapping says, on every database
            if (!column.isPrimaryKey() && column.isNullable() != info.nullable()) {
                differences.add(new SchemaDifference(Kind.NULLABILITY_CHANGED, table.key(), column.name(),
                        column.isNullable()
                                ? "column '" + name + "' is NOT NULL in the database but mapped as nullable"
                                : "column '" + name + "' is mapped NOT NULL but allows NULL in the database"));
            }
        }
        for (ColumnInfo extra : live.values()) {
            differences.add(new SchemaDifference(Kind.EXTRA_COLUMN, table.key(), extra.name(),
                    "column '" + table.key() + "." + extra.name() + "' is in the database but not mapped"));
        }
        return differences;
    }

    static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
