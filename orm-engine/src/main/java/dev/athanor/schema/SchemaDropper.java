package dev.athanor.schema;

import dev.athanor.schema.ddl.DropConstraint;
import dev.athanor.schema.ddl.DropEnumType;
import dev.athanor.schema.ddl.DropSequence;
import dev.athanor.schema.ddl.DropTable;
import dev.athanor.types.EnumType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Emits the DDL that drops a set of sorted tables, undoing {@link SchemaGenerator}: the
 * {@code useAlter} foreign keys first (they hold the cycles), the tables in reverse dependency
 * order, then the sequences and enum types the tables used.
 */
final class SchemaDropper {
    private final DdlExecutor executor;
    private final boolean checkFirst;

    SchemaDropper(DdlExecutor executor, boolean checkFirst) {
        this.executor = executor;
        this.checkFirst = checkFirst;
    }

    void drop(List<Table> sorted) {
        List<Table> reversed = new ArrayList<>(sorted);
        Collections.reverse(reversed);
        List<Table> existing = reversed.stream()
                .filter(table -> !checkFirst || executor.hasTable(table.schema(), table.name()))
                .toList();
        for (Table table : existing) {
            for (ForeignKeyConstraint fk : table.foreignKeys()) {
                if (fk.isUseAlter()) {
                    executor.execute(new DropConstraint(fk));
                }
            }
        }
        for (Table table : existing) {
            executor.execute(new DropTable(table));
        }
        for (Sequence sequence : SchemaGenerator.sequences(existing)) {
            if (!checkFirst || executor.hasSequence(sequence.schema(), sequence.name())) {
                executor.execute(new DropSequence(sequence));
            }
        }
        for (EnumType<?> type : SchemaGenerator.enumTypes(existing)) {
            if (!checkFirst || executor.hasType(null, type.name())) {
                executor.execute(new DropEnumType(type));
            }
        }
    }
}
