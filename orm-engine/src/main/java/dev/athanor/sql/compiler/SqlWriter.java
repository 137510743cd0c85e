package dev.athanor.sql.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL text one compile writes and the bind slots inside it, kept in step: a slot is added
 * exactly where its marker is written, so the slot order is the marker order. Parts rendered out
 * of place (a CTE body, hoisted in front of the statement later) are captured into a
 * {@link SqlCompiler.Fragment} of their own instead of the main text, and the writer remembers
 * where the single VALUES row of an insert sits so the engine can repeat it.
 *
 * <p>This class only records; what to write is decided by {@link SqlCompiler} and the compilers
 * it delegates to. It exists so that the text, the slots and the capture state are swapped
 * together in one place, never one without the other.
 */
final class SqlWriter {
    private StringBuilder sql = new StringBuilder(128);
    private List<BindSlot> slots = new ArrayList<>();
    private int captureDepth;
    private CompiledSql.ManyValues manyValues;

    SqlWriter append(String text) {
        sql.append(text);
        return this;
    }

    SqlWriter append(char c) {
        sql.append(c);
        return this;
    }

    /** Appends a captured fragment: its text, then its slots. */
    void append(SqlCompiler.Fragment fragment) {
        sql.append(fragment.sql());
        slots.addAll(fragment.slots());
    }

    /** Records the slot of a marker about to be written. */
    void addSlot(BindSlot slot) {
        slots.add(slot);
    }

    /** Renders {@code work} into a separate fragment instead of the main text. */
    SqlCompiler.Fragment capture(Runnable work) {
        StringBuilder savedSql = sql;
        List<BindSlot> savedSlots = slots;
        sql = new StringBuilder();
        slots = new ArrayList<>();
        captureDepth++;
        try {
            work.run();
            return new SqlCompiler.Fragment(sql.toString(), slots);
        } finally {
            captureDepth--;
            sql = savedSql;
            slots = savedSlots;
        }
    }

    /** Everything written to the main text so far. */
    SqlCompiler.Fragment written() {
        return new SqlCompiler.Fragment(sql.toString(), slots);
    }

    /** How far the main text has grown, or -1 inside a capture (for locating the VALUES row of an insert). */
    int position() {
        return captureDepth == 0 ? sql.length() : -1;
    }

    int slotCount() {
        return slots.size();
    }

    void recordManyValues(CompiledSql.ManyValues location) {
        manyValues = location;
    }

    /** Where the single VALUES row is, or {@code null} when the statement has none to repeat. */
    CompiledSql.ManyValues manyValues() {
        return manyValues;
    }
}
