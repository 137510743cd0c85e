package dev.athanor.schema;

import dev.athanor.exc.ArgumentError;
import dev.athanor.schema.ddl.AddConstraint;
import dev.athanor.schema.ddl.CreateEnumType;
import dev.athanor.schema.ddl.CreateIndex;
import dev.athanor.schema.ddl.CreateSequence;
import dev.athanor.schema.ddl.CreateTable;
import dev.athanor.types.EnumType;
import dev.athanor.types.SqlType;
import dev.athanor.types.TypeDecorator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits the DDL that creates a set of sorted tables: named enum types and sequences first (tables
 * use them), each table followed by its indexes, and last the {@code useAlter} foreign keys, which
 * can only be added once both of their tables exist.
 */
final class SchemaGenerator {
    private final DdlExecutor executor;
    private final boolean checkFirst;

    SchemaGenerator(DdlExecutor executor, boolean checkFirst) {
        this.executor = executor;
        this.checkFirst = checkFirst;
    }

    void create(List<Table> sorted) {
        List<Table> missing = sorted.stream()
                .filter(table -> !checkFirst || !executor.hasTable(table.schema(), table.name()))
                .toList();
        for (EnumType<?> type : enumTypes(missing)) {
            if (!checkFirst || !executor.hasType(null, type.name())) {
                executor.execute(new CreateEnumType(type));
            }
        }
        for (Sequence sequence : sequences(missing)) {
            if (!checkFirst || !executor.hasSequence(sequence.schema(), sequence.name())) {
                executor.execute(new CreateSequence(sequence));
            }
        }
        for (Table table : missing) {
            executor.execute(new CreateTable(table));
            for (Index index : table.indexes()) {
                executor.execute(new CreateIndex(index));
            }
        }
        for (Table table : missing) {
            for (ForeignKeyConstraint fk : table.foreignKeys()) {
                if (fk.isUseAlter()) {
                    executor.execute(new AddConstraint(fk));
                }
            }
        }
    }

    /** The enum types the tables' columns use, each once, in order of first use. */
    static List<EnumType<?>> enumTypes(List<Table> tables) {
        Map<String, EnumType<?>> types = new LinkedHashMap<>();
        for (Table table : tables) {
            for (Column<?> column : table.columns()) {
                if (stored(column.type()) instanceof EnumType<?> type) {
                    EnumType<?> previous = types.putIfAbsent(type.name(), type);
                    if (previous != null && !previous.labels().equals(type.labels())) {
                        throw new ArgumentError("Enum type '" + type.name() + "' is declared with labels "
                                + previous.labels() + " and, on " + table.name() + "." + column.name() + ", with "
                                + type.labels() + "; give the two enums different type names");
                    }
                }
            }
        }
        return List.copyOf(types.values());
    }

    /** The sequences the tables' columns draw from, each once, in order of first use. */
    static List<Sequence> sequences(List<Table> tables) {
        Map<String, Sequence> sequences = new LinkedHashMap<>();
        for (Table table : tables) {
            for (Column<?> column : table.columns()) {
                Sequence sequence = column.sequence();
                if (sequence == null) {
                    continue;
                }
                String key = MetaData.key(sequence.schema(), sequence.name());
                Sequence previous = sequences.putIfAbsent(key, sequence);
                if (previous != null && !previous.equals(sequence)) {
                    throw new ArgumentError("Sequence '" + key + "' is declared twice with different settings ("
                            + previous + " and, on " + table.name() + "." + column.name() + ", " + sequence
                            + "); share one Sequence value");
                }
            }
        }
        return List.copyOf(sequences.values());
    }

    private static SqlType<?> stored(SqlType<?> type) {
        SqlType<?> stored = type;
        while (stored instanceof TypeDecorator<?, ?> decorator) {
            stored = decorator.impl();
        }
        return stored;
    }
}
