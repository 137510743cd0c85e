package dev.athanor.sql;

import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.compiler.CacheKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Turns the values given to INSERT and UPDATE into column → expression maps in table column order. */
final class ColumnValues {
    private ColumnValues() {
    }

    /**
     * Resolves keys (column names or columns of {@code table}) and wraps plain values in bind
     * parameters keyed {@code name + suffix}, typed as the column.
     */
    static Map<ColumnClause<?>, ColumnElement<?>> resolve(TableClause table, Map<?, ?> values, String statement,
                                                         String suffix) {
        Map<ColumnClause<?>, ColumnElement<?>> byColumn = new IdentityHashMap<>();
        values.forEach((key, value) -> {
            ColumnClause<?> column = column(table, key, statement);
            byColumn.put(column, value instanceof ColumnElement<?> element ? element : bind(column, value, suffix));
        });
        return inTableOrder(table, byColumn);
    }

    static ColumnClause<?> column(TableClause table, Object key, String statement) {
        if (key instanceof String name) {
            return table.c(name);
        }
        if (key instanceof ColumnClause<?> column && table.correspondingColumn(column) != null) {
            return table.correspondingColumn(column);
        }
        throw new ArgumentError(statement + " on table '" + table.name() + "' was given " + key
                + ", which is not one of its columns " + table.columns().stream().map(ColumnClause::name).toList());
    }

    @SuppressWarnings("unchecked")
    static BindParameter<?> bind(ColumnClause<?> column, Object value, String suffix) {
        return BindParameter.of(column.name() + suffix, value, (dev.athanor.types.SqlType<Object>) column.type());
    }

    /** Adds a callable bind for every column the statement leaves out that has an application default. */
    static Map<ColumnClause<?>, ColumnElement<?>> withDefaults(TableClause table, Map<ColumnClause<?>, ColumnElement<?>> values,
                                                              boolean insert, String suffix) {
        Map<ColumnClause<?>, ColumnElement<?>> all = new IdentityHashMap<>(values);
        for (ColumnClause<?> column : table.columns()) {
            Supplier<?> fallback = insert ? column.insertDefault() : column.updateDefault();
            if (fallback != null && !all.containsKey(column)) {
                all.put(column, BindParameter.callable(column.name() + suffix, fallback, column.type()));
            }
        }
        return inTableOrder(table, all);
    }

    private static Map<ColumnClause<?>, ColumnElement<?>> inTableOrder(TableClause table,
                                                                      Map<ColumnClause<?>, ColumnElement<?>> byColumn) {
        Map<ColumnClause<?>, ColumnElement<?>> ordered = new LinkedHashMap<>();
        for (ColumnClause<?> column : table.columns()) {
            ColumnElement<?> value = byColumn.get(column);
            if (value != null) {
                ordered.put(column, value);
            }
        }
        return Collections.unmodifiableMap(ordered);
    }

    static void appendCacheKey(CacheKey.Builder key, Map<ColumnClause<?>, ColumnElement<?>> values) {
        key.append("values").append(values.size());
        values.forEach((column, value) -> {
            key.append(column.name());
            value.appendCacheKey(key);
        });
    }

    /** The tables other than {@code target} that these elements read: UPDATE … FROM, DELETE … USING. */
    static List<FromClause> extraFroms(TableClause target, List<? extends ColumnElement<?>> elements) {
        List<FromClause> froms = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(target);
        Consumer<FromClause> add = from -> {
            if (seen.add(from)) {
                froms.add(from);
            }
        };
        for (ColumnElement<?> element : elements) {
            if (element != null) {
                element.collectFroms(add);
            }
        }
        return froms;
    }

    static List<ColumnElement<?>> expand(SelectItem... items) {
        List<ColumnElement<?>> columns = new ArrayList<>();
        for (SelectItem item : items) {
            columns.addAll(item.selectedColumns());
        }
        return List.copyOf(columns);
    }
}
