package dev.athanor.sql.compiler;

import dev.athanor.sql.StatementKind;
import java.util.List;

/**
 * A statement rendered for one dialect: SQL text with {@code ?} markers and the slot that fills
 * each marker. Immutable and free of values, so one instance serves every execution of
 * statements with the same shape.
 *
 * @param sql the text sent to the driver
 * @param slots one entry per {@code ?}, in order
 * @param kind what kind of statement this is
 */
public record CompiledSql(String sql, List<BindSlot> slots, StatementKind kind) {

    public CompiledSql {
        slots = List.copyOf(slots);
    }

    @Override
    public String toString() {
        return sql;
    }
}
