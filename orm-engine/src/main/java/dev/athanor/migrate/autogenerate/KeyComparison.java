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
import java.util.function.Function;
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

    List<Difference> differences() {
        List<Difference> differences = new ArrayList<>();
        List<ForeignKeyInfo> liveForeignKeys = inspector.foreignKeys(table.schema(), table.name());
        List<UniqueConstraintInfo> liveUniques = inspector.uniqueConstraints(table.schema(), table.name());
        Set<List<String>> foreignKeyColumns = liveForeignKeys.stream().map(fk -> fold(fk.columns()))
                .collect(Collectors.toSet());
        Set<List<String>> uniqueColumns = liveUniques.stream().map(u -> fold(u.columns()))
                .collect(Collectors.toCollection(HashSet::new));
        table.constraints().stream().filter(UniqueConstraint.class::isInstance)
                .forEach(u -> uniqueColumns.add(fold(u.columnNames())));

        Map<String, Index> declaredIndexes = new LinkedHashMap<>();
        for (Index index : table.indexes()) {
            declaredIndexes.put(indexKey(index.columnNames(), index.isUnique()), index);
        }
        Map<String, IndexInfo> liveIndexes = new LinkedHashMap<>();
        for (IndexInfo index : inspector.indexes(table.schema(), table.name())) {
            boolean madeByDatabase = index.unique() ? uniqueColumns.contains(fold(index.columns()))
                    : foreignKeyColumns.contains(fold(index.columns()));
            String key = indexKey(index.columns(), index.unique());
            if (!madeByDatabase || declaredIndexes.containsKey(key)) {
                liveIndexes.put(key, index);
            }
        }
        compare(declaredIndexes, Index::name, liveIndexes, IndexInfo::name, Kind.MISSING_INDEX, Kind.EXTRA_INDEX,
                "index", differences);

        Map<String, Constraint> declaredUniques = new LinkedHashMap<>();
        for (Constraint constraint : table.constraints()) {
            if (constraint instanceof UniqueConstraint) {
                declaredUniques.put(columnsKey(constraint.columnNames()), constraint);
            }
        }
        Set<String> declaredUniqueIndexes = table.indexes().stream().filter(Index::isUnique)
                .map(i -> columnsKey(i.columnNames())).collect(Collectors.toSet());
        Map<String, UniqueConstraintInfo> liveUniqueMap = new LinkedHashMap<>();
        for (UniqueConstraintInfo unique : liveUniques) {
            String key = columnsKey(unique.columns());
            // on MySQL a declared unique index reads back as a unique constraint as well
            if (declaredUniques.containsKey(key) || !declaredUniqueIndexes.contains(key)) {
                liveUniqueMap.put(key, unique);
            }
        }
        compare(declaredUniques, Constraint::name, liveUniqueMap, UniqueConstraintInfo::name,
                Kind.MISSING_UNIQUE_CONSTRAINT, Kind.EXTRA_UNIQUE_CONSTRAINT, "unique constraint", differences);

        Map<String, ForeignKeyConstraint> declaredForeignKeys = new LinkedHashMap<>();
        for (ForeignKeyConstraint fk : table.foreignKeys()) {
            declaredForeignKeys.put(foreignKeyKey(fk.columnNames(), fk.referredTableName(), fk.referredColumnNames()),
                    fk);
        }
        Map<String, ForeignKeyInfo> liveForeignKeyMap = new LinkedHashMap<>();
        for (ForeignKeyInfo fk : liveForeignKeys) {
            liveForeignKeyMap.put(foreignKeyKey(fk.columns(), fk.referredTable(), fk.referredColumns()), fk);
        }
        compare(declaredForeignKeys, ForeignKeyConstraint::name, liveForeignKeyMap, ForeignKeyInfo::name,
                Kind.MISSING_FOREIGN_KEY, Kind.EXTRA_FOREIGN_KEY, "foreign key", differences);
        return differences;
    }

    private <D, L> void compare(Map<String, D> declared, Function<D, String> declaredName, Map<String, L> live,
                                Function<L, String> liveName, Kind missing, Kind extra, String noun,
                                List<Difference> differences) {
        declared.forEach((key, item) -> {
            if (!live.containsKey(key)) {
                String name = declaredName.apply(item);
                differences.add(new Difference(new SchemaDifference(missing, table.key(), name,
                        noun + " " + describe(name, key) + " on table '" + table.key() + "' is missing"),
                        table, item, null));
            }
        });
        live.forEach((key, item) -> {
            if (!declared.containsKey(key)) {
                String name = liveName.apply(item);
                differences.add(new Difference(new SchemaDifference(extra, table.key(), name,
                        noun + " " + describe(name, key) + " on table '" + table.key()
                                + "' is in the database but not mapped"), table, null, item));
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
