package dev.athanor.engine;

import dev.athanor.exc.NoSuchColumnError;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.ColumnElement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a result: their keys in order and how to find one by name. Shared by every row
 * of the result, so a row is just an array of values.
 */
public final class ResultMetadata {
    private final List<String> keys;
    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> folded = new HashMap<>();

    ResultMetadata(List<String> keys) {
        this.keys = List.copyOf(keys);
        for (int i = 0; i < keys.size(); i++) {
            exact.putIfAbsent(keys.get(i), i);
            folded.putIfAbsent(keys.get(i).toLowerCase(Locale.ROOT), i);
        }
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
        Integer index = exact.get(key);
        if (index == null) {
            index = folded.get(key.toLowerCase(Locale.ROOT));
        }
        if (index == null) {
            throw new NoSuchColumnError("Could not locate column '" + key + "' in the row; its keys are " + keys);
        }
        return index;
    }

    /** The position of a column expression, found by its name. */
    public int indexOf(ColumnElement<?> column) {
        if (column instanceof ColumnClause<?> clause) {
            return indexOf(clause.name());
        }
        throw new NoSuchColumnError("Could not locate column " + column + " in the row; its keys are " + keys);
    }
}
