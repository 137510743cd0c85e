package dev.athanor.sql.compiler;

import dev.athanor.sql.StatementKind;
import dev.athanor.types.SqlType;
import java.util.List;

/**
 * A statement rendered for one dialect: SQL text with {@code ?} markers and the slot that fills
 * each marker. Immutable and free of values, so one instance serves every execution of
 * statements with the same shape.
 *
 * @param sql the text sent to the driver
 * @param slots one entry per {@code ?}, in order
 * @param kind what kind of statement this is
 * @param resultTypes the type of each result column, in order (empty when unknown, as for text)
 * @param manyValues where the single VALUES row is, for sending many rows as one multi-row
 *        statement; {@code null} when the statement cannot be repeated that way
 */
public record CompiledSql(String sql, List<BindSlot> slots, StatementKind kind, List<SqlType<?>> resultTypes,
                          ManyValues manyValues) {

    public CompiledSql {
        slots = List.copyOf(slots);
        resultTypes = List.copyOf(resultTypes);
    }

    /**
     * The VALUES row of an {@code INSERT … RETURNING}, located so that the engine can repeat it:
     * {@code sql[0, start) + row + (", " + row)… + sql[end, …)}, the row's slots repeated likewise
     * (SQLAlchemy's "insertmanyvalues").
     *
     * @param start where the row's {@code (} begins in the SQL
     * @param end just after the row's {@code )}
     * @param firstSlot the index of the row's first slot
     * @param slotCount how many slots the row has
     */
    public record ManyValues(int start, int end, int firstSlot, int slotCount) {
    }

    @Override
    public String toString() {
        return sql;
    }
}
