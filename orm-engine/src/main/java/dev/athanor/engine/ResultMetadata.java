package dev.athanor.engine;

import dev.athanor.exc.NoSuchColumnError;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Label;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The columns of a result: their keys in order and how to find one by name. Shared by every row
 * of the result, so a row is just an array of values. One is made per execution, so the lookup
 * tables are built only when a row is first asked for a column by name: results read by
 * position (the ORM, {@code scalars()}) never pay for them.
 */
public final class ResultMetadata {
    private final List<String> keys;
    private final List<? extends ColumnElement<?>> elements;
    private volatile KeyIndex keyIndex;

    /** Keys and, when the statement declared them, the expression of each column. */
    ResultMetadata(List<String> keys, List<? extends ColumnElement<?>> elements) {
        this.keys = List.copyOf(keys);
        this.elements = elements;
    }

    /** Exact and case-folded positions of the keys; the first column wins for a repeated key. */
    private record KeyIndex(Map<String, Integer> exact, Map<String, Integer> folded) {
        static KeyIndex of(List<String> keys) {
            Map<String, Integer> exact = new HashMap<>();
            Map<String, Integer> folded = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                exact.putIfAbsent(keys.get(i), i);
                folded.putIfAbsent(keys.get(i).toLowerCase(Locale.ROOT), i);
            }
            return new KeyIndex(exact, folded);
        }
    }

    private KeyIndex keyIndex() {
        KeyIndex index = keyIndex;
        if (index == null) {
            index = KeyIndex.of(keys);
            keyIndex = index;
        }
        return index;
    }

    /** The column keys, in order. */
    public List<String> keys() {
        return keys;
    }

    /** How many columns each row has. */
    public int size() {
        return keys.size();
    }

    /**
     * The position of a column by key: an exact match first, then a case-insensitive one.
     *
     * @throws NoSuchColumnError listing the keys the result has
     */
    public int indexOf(String key) {
        KeyIndex lookup = keyIndex();
        Integer index = lookup.exact().get(key);
        if (index == null) {
            index = lookup.folded().get(key.toLowerCase(Locale.ROOT));
        }
        if (index == null) {
            throw new NoSuchColumnError("Could not locate column '" + key + "' in the row; its keys are " + keys);
        }
        return index;
    }

    /**
     * The position of a column expression: the very expression the statement selected, else a
     * column of the same table and name, else a label or column by its name.
     */
    public int indexOf(ColumnElement<?> column) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) == column) {
                return i;
            }
        }
        if (column instanceof ColumnClause<?> clause) {
            for (int i = 0; i < elements.size(); i++) {
                if (elements.get(i) instanceof ColumnClause<?> selected && sameColumn(selected, clause)) {
                    return i;
                }
            }
            return indexOf(clause.name());
        }
        if (column instanceof Label<?> label) {
            return indexOf(label.name());
        }
        throw new NoSuchColumnError("Could not locate column " + column + " in the row; select it (or a label"
                + " of it) and pass that same object; the row's keys are " + keys);
    }

    private static boolean sameColumn(ColumnClause<?> a, ColumnClause<?> b) {
        if (!a.name().equals(b.name())) {
            return false;
        }
        if (a.table() == null || b.table() == null) {
            return a.table() == b.table();
        }
        return a.table() == b.table() || (a.table().name().equals(b.table().name())
                && Objects.equals(a.table().schema(), b.table().schema()));
    }
}
