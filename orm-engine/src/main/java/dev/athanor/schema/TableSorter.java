package dev.athanor.schema;

import dev.athanor.exc.ArgumentError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Orders tables so that every table comes after the tables its foreign keys reference. Ties keep
 * declaration order, so the same MetaData always yields the same DDL. A table's references to
 * itself do not constrain the order, and {@code useAlter} foreign keys are left out: they are
 * added by {@code ALTER TABLE} once every table exists, which is how a cycle is broken.
 */
final class TableSorter {
    private TableSorter() {
    }

    static List<Table> sort(List<Table> tables) {
        List<Table> remaining = new ArrayList<>(tables);
        List<Table> sorted = new ArrayList<>(tables.size());
        Set<Table> placed = new LinkedHashSet<>();
        while (!remaining.isEmpty()) {
            Table next = null;
            for (Table table : remaining) {
                if (placed.containsAll(dependencies(table, tables))) {
                    next = table;
                    break;
                }
            }
            if (next == null) {
                throw cycleError(remaining, tables);
            }
            remaining.remove(next);
            placed.add(next);
            sorted.add(next);
        }
        return sorted;
    }

    /** The tables (among {@code scope}) that must exist before {@code table} is created. */
    private static Set<Table> dependencies(Table table, List<Table> scope) {
        Set<Table> dependencies = new LinkedHashSet<>();
        for (ForeignKeyConstraint fk : table.foreignKeys()) {
            if (fk.isUseAlter()) {
                continue;
            }
            Table referred = fk.referredTable();
            if (referred != table && scope.contains(referred)) {
                dependencies.add(referred);
            }
        }
        return dependencies;
    }

    private static ArgumentError cycleError(List<Table> remaining, List<Table> scope) {
        List<Table> cycle = findCycle(remaining, scope);
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) {
            Table from = cycle.get(i);
            Table to = cycle.get((i + 1) % cycle.size());
            from.foreignKeys().stream()
                    .filter(fk -> !fk.isUseAlter() && fk.referredTable() == to)
                    .findFirst()
                    .ifPresent(fk -> edges.add(from.key() + fk.columnNames() + " → " + to.key()));
        }
        return new ArgumentError("Tables " + cycle.stream().map(Table::key).collect(Collectors.joining(", "))
                + " depend on each other through foreign keys (" + String.join(", ", edges) + "), so neither can be"
                + " created first; set useAlter on one of these foreign keys (ForeignKey.to(…).useAlter()) so it is"
                + " added with ALTER TABLE after the tables exist");
    }

    /** Walks dependencies from the first stuck table until a table repeats: that loop is the cycle. */
    private static List<Table> findCycle(List<Table> remaining, List<Table> scope) {
        List<Table> path = new ArrayList<>();
        Table current = remaining.get(0);
        while (!path.contains(current)) {
            path.add(current);
            Table from = current;
            current = dependencies(from, scope).stream().filter(remaining::contains).findFirst().orElseThrow();
        }
        return List.copyOf(path.subList(path.indexOf(current), path.size()));
    }
}
