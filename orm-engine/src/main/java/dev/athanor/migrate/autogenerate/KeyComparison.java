package dev.athanor.migrate.autogenerate;

import dev.athanor.migrate.autogenerate.SchemaDifference.Kind;
import dev.athanor.schema.Constraint;
import dev.athanor.schema.ForeignKeyConstraint;
import dev.athanor.schema.Index;
import dev.athanor.schema.Inspector;
import dev.athanor.schema.Table;
import dev.athanor.schema.UniqueConstraint;
import dev.athanor.schema.reflect.ForeignKeyInfo;
import dev.athanor.schema.reflect.IndexInfo;
import dev.athanor.schema.reflect.UniqueConstraintInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares one table's indexes, unique constraints and foreign keys with the live ones.
 *
 * <p>They are matched by what they cover (columns, uniqueness, referred table), never by name:
 * names differ by case and by the database's own naming. Indexes the database makes for itself are
 * not reported as extra: those that back a foreign key (MySQL, H2) or enforce a unique constraint
 * (MySQL, where a unique constraint is a unique index).
 */
final class KeyComparison {
    private final Inspector inspector;
    private final Table table;

    KeyComparison(Inspector inspector, Table table) {
        this.inspector = inspector;
        this.table = table;
    }

    List<SchemaDifference> differences() {
        List<SchemaDifference> differences = new ArrayList<>();
        List<ForeignKeyInfo> liveForeignKeys = inspector.foreignKeys(table.schema(), table.name());
        List<UniqueConstraintInfo> liveUniques = inspector.uniqueConstraints(table.schema(), table.name());
        Set<List<String>> foreignKeyColumns = liveForeignKeys.stream().map(fk -> fold(fk.columns()))
                .collect(Collectors.toSet());
        Set<List<String>> uniqueColumns = liveUniques.stream().map(u -> fold(u.columns()))
                .collect(Collectors.toCollection(HashSet::new));
        table.constraints().stream().filter(UniqueConstraint.class::isInstance)
                .forEach(u -> uniqueColumns.add(fold(u.columnNames())));

        Map<String, String> declaredIndexes = new LinkedHashMap<>();
        for (Index index : table.indexes()) {
            declaredIndexes.put(indexKey(index.columnNames(), index.isUnique()), index.name());
        }
        Map<String, String> liveIndexes = new LinkedHashMap<>();
        for (IndexInfo index : inspector.indexes(table.schema(), table.name())) {
            boolean madeByDatabase = index.unique() ? uniqueColumns.contains(fold(index.columns()))
                    : foreignKeyColumns.contains(fold(index.columns()));
            String key = indexKey(index.columns(), index.unique());
            if (!madeByDatabase || declaredIndexes.containsKey(key)) {
                liveIndexes.put(key, index.name());
            }
        }
        compare(declaredIndexes, liveIndexes, Kind.MISSING_INDEX, Kind.EXTRA_INDEX, "index", differences);

        Map<String, String> declaredUniques = new LinkedHashMap<>();
        for (Constraint constraint : table.constraints()) {
            if (constraint instanceof UniqueConstraint) {
                declaredUniques.put(columnsKey(constraint.columnNames()), constraint.name());
            }
        }
        Set<String> declaredUniqueIndexes = table.indexes().stream().filter(Index::isUnique)
                .map(i -> columnsKey(i.columnNames())).collect(Collectors.toSet());
        Map<String, String> liveUniqueMap = new LinkedHashMap<>();
        for (UniqueConstraintInfo unique : liveUniques) {
            String key = columnsKey(unique.columns());
            // on MySQL a declared unique index reads back as a unique constraint as well
            if (declaredUniques.containsKey(key) || !declaredUniqueIndexes.contains(key)) {
                liveUniqueMap.put(key, unique.name());
            }
        }
        compare(declaredUniques, liveUniqueMap, Kind.MISSING_UNIQUE_CONSTRAINT, Kind.EXTRA_UNIQUE_CONSTRAINT,
                "unique constraint", differences);

        Map<String, String> declaredForeignKeys = new LinkedHashMap<>();
        for (ForeignKeyConstraint fk : table.foreignKeys()) {
            declaredForeignKeys.put(foreignKeyKey(fk.columnNames(), fk.referredTableName(), fk.referredColumnNames()),
                    fk.name());
        }
        Map<String, String> liveForeignKeyMap = new LinkedHashMap<>();
        for (ForeignKeyInfo fk : liveForeignKeys) {
            liveForeignKeyMap.put(foreignKeyKey(fk.columns(), fk.referredTable(), fk.referredColumns()), fk.name());
        }
        compare(declaredForeignKeys, liveForeignKeyMap, Kind.MISSING_FOREIGN_KEY, Kind.EXTRA_FOREIGN_KEY,
                "foreign key", differences);
        return differences;
    }

    private void compare(Map<String, String> declared, Map<String, String> live, Kind missing, Kind extra,
                         String noun, List<SchemaDifference> differences) {
        declared.forEach((key, name) -> {
            if (!live.containsKey(key)) {
                differences.add(new SchemaDifference(missing, table.key(), name,
                        noun + " " + describe(name, key) + " on table '" + table.key() + "' is missing"));
            }
        });
        live.forEach((key, name) -> {
            if (!declared.containsKey(key)) {
                differences.add(new SchemaDifference(extra, table.key(), name,
                        noun + " " + describe(name, key) + " on table '" + table.key()
                                + "' is in the database but not mapped"));
            }
        });
    }

    private static String describe(String name, String key) {
        return name == null ? key : "'" + name + "' " + key;
    }

    private static String indexKey(List<String> columns, boolean unique) {
        return (unique ? "unique " : "") + columnsKey(columns);
    }

    private static String columnsKey(List<String> columns) {
        return "(" + String.join(", ", fold(columns)) + ")";
    }

    private static String foreignKeyKey(List<String> columns, String referredTable, List<String> referredColumns) {
        return columnsKey(columns) + " → " + SchemaComparator.fold(referredTable) + columnsKey(referredColumns);
    }

    private static List<String> fold(List<String> names) {
        return names.stream().map(SchemaComparator::fold).toList();
    }
}
