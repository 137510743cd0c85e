package dev.athanor.sql;

import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable UPDATE; every method returns a changed copy. Columns it does not set that have an
 * {@code onUpdate} value get it. Other tables in the WHERE clause or values become
 * {@code UPDATE … FROM} (or the dialect's multi-table form); subqueries correlate to the target.
 *
 * <pre>{@code
 * update(users).values(users.c("login_count", Integer.class), users.c("login_count", Integer.class).plus(1))
 *         .where(users.c("id", Integer.class).eq(1)).returning(users.c("login_count"))
 * // UPDATE users SET login_count = users.login_count + ? WHERE users.id = ? RETURNING users.login_count
 * }</pre>
 */
public final class Update implements Executable {
    private final TableClause table;
    private final Map<Object, Object> given;
    private final Map<ColumnClause<?>, ColumnElement<?>> values;
    private final ColumnElement<Boolean> where;
    private final List<ColumnElement<?>> returning;

    private Update(TableClause table, Map<Object, Object> given, ColumnElement<Boolean> where,
                   List<ColumnElement<?>> returning) {
        this.table = table;
        this.given = given;
        this.values = given.isEmpty() ? Map.of()
                : ColumnValues.withDefaults(table, ColumnValues.resolve(table, given, "update()", ""), false, "");
        this.where = where;
        this.returning = List.copyOf(returning);
    }

    static Update of(TableClause table) {
        return new Update(table, Map.of(), null, List.of());
    }

    /** Sets columns by name or column; values may be expressions. Repeated calls add columns. */
    public Update values(Map<?, ?> newValues) {
        Map<Object, Object> merged = new LinkedHashMap<>(given);
        merged.putAll(newValues);
        return new Update(table, merged, where, returning);
    }

    /** {@code SET column = ?}. */
    public <T> Update values(ColumnClause<T> column, T value) {
        Map<Object, Object> one = new LinkedHashMap<>();
        one.put(column, value);
        return values(one);
    }

    /** {@code SET column = expression}, e.g. {@code count + 1}. */
    public <T> Update values(ColumnClause<T> column, ColumnElement<? extends T> value) {
        return values(Map.of(column, value));
    }

    /** Adds WHERE conditions; several calls AND together. */
    @SafeVarargs
    public final Update where(ColumnElement<Boolean>... conditions) {
        return new Update(table, given, Select.and(where, conditions), returning);
    }

    /** {@code RETURNING …} where the dialect has it. */
    public Update returning(SelectItem... items) {
        return new Update(table, given, where, ColumnValues.expand(items));
    }

    /** {@code RETURNING} every column of mapped classes; a session yields the updated objects. */
    public Update returning(Class<?>... entities) {
        SelectItem[] tables = new SelectItem[entities.length];
        for (int i = 0; i < entities.length; i++) {
            tables[i] = EntityResolver.table(entities[i]);
        }
        return returning(tables);
    }

    /** The target table. */
    public TableClause table() {
        return table;
    }

    /** The SET clause in table column order. */
    public Map<ColumnClause<?>, ColumnElement<?>> values() {
        return values;
    }

    /** The WHERE condition, or {@code null}. */
    public ColumnElement<Boolean> whereClause() {
        return where;
    }

    /** The RETURNING expressions. */
    public List<ColumnElement<?>> returning() {
        return returning;
    }

    /** Tables other than the target that the statement reads: rendered as {@code UPDATE … FROM}. */
    public List<FromClause> extraFroms() {
        List<ColumnElement<?>> elements = new ArrayList<>(values.values());
        elements.add(where);
        return ColumnValues.extraFroms(table, elements);
    }

    @Override
    public StatementKind kind() {
        return StatementKind.UPDATE;
    }

    @Override
    public List<ColumnElement<?>> returnedColumns() {
        return returning;
    }

    /** Without values, every parameter key naming a column of the table is SET from the parameters. */
    @Override
    public Executable forParameters(Map<String, ?> firstParameterSet) {
        if (!given.isEmpty() || firstParameterSet.isEmpty()) {
            return this;
        }
        Map<Object, Object> fromKeys = new LinkedHashMap<>();
        for (ColumnClause<?> column : table.columns()) {
            if (firstParameterSet.containsKey(column.name())) {
                fromKeys.put(column, BindParameter.required(column.name(), column.type()));
            }
        }
        if (fromKeys.isEmpty()) {
            throw new ArgumentError("update(" + table.name() + ") has no values and none of the parameters "
                    + firstParameterSet.keySet() + " names one of its columns");
        }
        return values(fromKeys);
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitUpdate(this);
    }

    private final CacheKey.Memo cacheKey = new CacheKey.Memo();

    @Override
    public CacheKey cacheKey() {
        return cacheKey.of(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        table.appendCacheKey(key);
        key.append("update");
        ColumnValues.appendCacheKey(key, values);
        key.appendAll("from", extraFroms());
        Select.appendOptional(key, "where", where);
        key.appendAll("returning", returning);
    }

    @Override
    public String toString() {
        return SqlCompiler.render(this);
    }
}
