package dev.athanor.migrate.autogenerate;

import dev.athanor.migrate.autogenerate.IncludeObject.ObjectType;
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
import java.util.Objects;
import java.util.Set;

/**
 * Compares the tables of a {@link MetaData} with the live schema, as Alembic's
 * {@code compare_metadata}: missing and extra tables and columns, type and nullability changes,
 * indexes, unique constraints and foreign keys; server defaults and comments when asked. An empty
 * list means a migration would have nothing to do.
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
    private final IncludeObject include;
    private final boolean compareTypes;
    private final boolean compareServerDefaults;
    private final boolean compareComments;

    /** A comparator that reflects through the inspector, compares types but not server defaults or comments. */
    public SchemaComparator(Inspector inspector) {
        this(inspector, Set.of(), (type, table, name, reflected) -> true, true, false, false);
    }

    private SchemaComparator(Inspector inspector, Set<String> ignoredTables, IncludeObject include,
                             boolean compareTypes, boolean compareServerDefaults, boolean compareComments) {
        this.inspector = inspector;
        this.ignoredTables = ignoredTables;
        this.include = include;
        this.compareTypes = compareTypes;
        this.compareServerDefaults = compareServerDefaults;
        this.compareComments = compareComments;
    }

    /** A comparator that does not report these tables as extra (a migration version table, say). */
    public SchemaComparator ignoringTables(String... tables) {
        Set<String> ignored = new LinkedHashSet<>(ignoredTables);
        for (String table : tables) {
            ignored.add(fold(table));
        }
        return new SchemaComparator(inspector, Set.copyOf(ignored), include, compareTypes, compareServerDefaults,
                compareComments);
    }

    /** A comparator that leaves out the tables and columns {@code filter} rejects (Alembic's {@code include_object}). */
    public SchemaComparator including(IncludeObject filter) {
        Objects.requireNonNull(filter, "filter");
        return new SchemaComparator(inspector, ignoredTables, filter, compareTypes, compareServerDefaults,
                compareComments);
    }

    /** Whether to report type changes (on by default, as in current Alembic). */
    public SchemaComparator comparingTypes(boolean compare) {
        return new SchemaComparator(inspector, ignoredTables, include, compare, compareServerDefaults, compareComments);
    }

    /** Whether to report server default changes (off by default: databases rewrite default text). */
    public SchemaComparator comparingServerDefaults(boolean compare) {
        return new SchemaComparator(inspector, ignoredTables, include, compareTypes, compare, compareComments);
    }

    /** Whether to report table and column comment changes; only where the database keeps comments. */
    public SchemaComparator comparingComments(boolean compare) {
        return new SchemaComparator(inspector, ignoredTables, include, compareTypes, compareServerDefaults, compare);
    }

    /** Every difference, tables in declaration order, then tables the database has in addition. */
    public List<SchemaDifference> compare(MetaData metadata) {
        return differences(metadata).stream().map(Difference::difference).toList();
    }

    /** As {@link #compare}, each difference with the objects it is about. */
    List<Difference> differences(MetaData metadata) {
        List<Difference> differences = new ArrayList<>();
        Map<String, Set<String>> declaredBySchema = new LinkedHashMap<>();
        for (Table table : metadata.tables()) {
            declaredBySchema.computeIfAbsent(table.schema(), s -> new LinkedHashSet<>()).add(fold(table.name()));
            if (ignoredTables.contains(fold(table.name()))
                    || !include.include(ObjectType.TABLE, table.name(), table.name(), false)) {
                continue;
            }
            if (!inspector.hasTable(table.schema(), table.name())) {
                differences.add(new Difference(new SchemaDifference(Kind.MISSING_TABLE, table.key(), null,
                        "table '" + table.key() + "' is missing"), table, table, null));
                continue;
            }
            compareColumns(table, differences);
            differences.addAll(new KeyComparison(inspector, table).differences());
            String liveComment = compareComments ? inspector.tableComment(table.schema(), table.name()) : null;
            if (compareComments && !Objects.equals(table.comment(), liveComment)) {
                differences.add(new Difference(new SchemaDifference(Kind.TABLE_COMMENT_CHANGED, table.key(), null,
                        "table '" + table.key() + "' has comment " + quoted(liveComment) + " in the database but "
                                + quoted(table.comment()) + " in the mapping"), table, table, liveComment));
            }
        }
        declaredBySchema.forEach((schema, declared) -> {
            for (String live : inspector.tableNames(schema)) {
                if (!declared.contains(fold(live)) && !ignoredTables.contains(fold(live))
                        && include.include(ObjectType.TABLE, live, live, true)) {
                    String key = schema == null ? live : schema + "." + live;
                    differences.add(new Difference(new SchemaDifference(Kind.EXTRA_TABLE, key, null,
                            "table '" + key + "' is in the database but not mapped"), null, null, live));
                }
            }
        });
        return differences;
    }

    private void compareColumns(Table table, List<Difference> differences) {
        Map<String, ColumnInfo> live = new LinkedHashMap<>();
        for (ColumnInfo info : inspector.columns(table.schema(), table.name())) {
            live.putIfAbsent(fold(info.name()), info);
        }
        for (Column<?> column : table.columns()) {
            ColumnInfo info = live.remove(fold(column.name()));
            if (!include.include(ObjectType.COLUMN, table.name(), column.name(), false)) {
                continue;
            }
            String name = table.key() + "." + column.name();
            if (info == null) {
                add(differences, Kind.MISSING_COLUMN, table, column, null, "column '" + name + "' is missing");
                continue;
            }
            String typeChange = compareTypes ? TypeFamily.difference(column.type(), info.type()) : null;
            if (typeChange != null) {
                add(differences, Kind.TYPE_CHANGED, table, column, info,
                        "column '" + name + "' " + typeChange + " (" + info.typeName() + ")");
            }
            // primary-key columns are NOT NULL whatever the mapping says, on every database
            if (!column.isPrimaryKey() && column.isNullable() != info.nullable()) {
                add(differences, Kind.NULLABILITY_CHANGED, table, column, info, column.isNullable()
                        ? "column '" + name + "' is NOT NULL in the database but mapped as nullable"
                        : "column '" + name + "' is mapped NOT NULL but allows NULL in the database");
            }
            if (compareServerDefaults && !info.autoincrement()
                    && !Objects.equals(ServerDefaults.normalize(column.serverDefault()),
                    ServerDefaults.normalize(info.serverDefault()))) {
                add(differences, Kind.SERVER_DEFAULT_CHANGED, table, column, info, "column '" + name
                        + "' has server default " + quoted(info.serverDefault()) + " in the database but "
                        + quoted(column.serverDefault()) + " in the mapping");
            }
            if (compareComments && !Objects.equals(column.comment(), info.comment())) {
                add(differences, Kind.COLUMN_COMMENT_CHANGED, table, column, info, "column '" + name
                        + "' has comment " + quoted(info.comment()) + " in the database but "
                        + quoted(column.comment()) + " in the mapping");
            }
        }
        for (ColumnInfo extra : live.values()) {
            if (include.include(ObjectType.COLUMN, table.name(), extra.name(), true)) {
                add(differences, Kind.EXTRA_COLUMN, table, null, extra,
                        "column '" + table.key() + "." + extra.name() + "' is in the database but not mapped");
            }
        }
    }

    private static void add(List<Difference> differences, Kind kind, Table table, Column<?> column, ColumnInfo info,
                            String description) {
        String subject = column != null ? column.name() : info.name();
        differences.add(new Difference(new SchemaDifference(kind, table.key(), subject, description), table, column,
                info));
    }

    private static String quoted(String text) {
        return text == null ? "none" : "'" + text + "'";
    }

    static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
