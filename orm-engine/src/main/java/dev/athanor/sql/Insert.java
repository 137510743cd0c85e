package dev.athanor.sql;

import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable INSERT; every method returns a changed copy. Columns the statement leaves out that
 * have an application default ({@code Column.defaultValue}) get it, computed once per row.
 *
 * <pre>{@code
 * insert(users).values(Map.of("name", "Alice"))       // INSERT INTO users (name) VALUES (?)
 * insert(users).values(List.of(row1, row2))           // … VALUES (?), (?)
 * insert(users).values(Map.of("name", "A")).returning(users.c("id"))   // … RETURNING users.id
 * conn.execute(insert(users), rows)                   // one JDBC batch
 * insert(users).values(row).onConflictDoUpdate(List.of(users.c("id")),
 *         Map.of("name", stmt.excluded(users.c("name", String.class))))
 * }</pre>
 */
public final class Insert implements Executable {
    private final TableClause table;
    private final List<Map<ColumnClause<?>, ColumnElement<?>>> rows;
    private final List<ColumnClause<?>> selectColumns;
    private final SelectBase select;
    private final List<ColumnElement<?>> returning;
    private final OnConflict onConflict;

    private Insert(TableClause table, List<Map<ColumnClause<?>, ColumnElement<?>>> rows,
                   List<ColumnClause<?>> selectColumns, SelectBase select, List<ColumnElement<?>> returning,
                   OnConflict onConflict) {
        this.table = table;
        this.rows = List.copyOf(rows);
        this.selectColumns = List.copyOf(selectColumns);
        this.select = select;
        this.returning = List.copyOf(returning);
        this.onConflict = onConflict;
    }

    static Insert into(TableClause table) {
        return new Insert(table, List.of(), List.of(), null, List.of(), null);
    }

    /** Sets values by column name or column; repeated calls add to the same row. */
    public Insert values(Map<?, ?> values) {
        if (rows.size() > 1 || select != null) {
            throw new ArgumentError("This insert already has several rows or a SELECT; build a new insert()");
        }
        Map<Object, Object> merged = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            rows.get(0).forEach(merged::put);
        }
        merged.putAll(values);
        Map<ColumnClause<?>, ColumnElement<?>> row = ColumnValues.resolve(table, merged, "insert()", "");
        return new Insert(table, List.of(ColumnValues.withDefaults(table, row, true, "")), List.of(), null,
                returning, onConflict);
    }

    /** Sets one column's value. */
    public <T> Insert values(ColumnClause<T> column, T value) {
        return values(single(column, value));
    }

    /** Sets one column to an expression. */
    public <T> Insert values(ColumnClause<T> column, ColumnElement<? extends T> value) {
        return values(single(column, value));
    }

    private static Map<Object, Object> single(Object key, Object value) {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }

    /**
     * Several rows in one statement: {@code INSERT … VALUES (…), (…)}. Every row must name the
     * same columns; for thousands of rows prefer {@code conn.execute(insert(t), rows)}.
     */
    public Insert values(List<? extends Map<?, ?>> manyRows) {
        if (manyRows.isEmpty()) {
            throw new ArgumentError("insert().values(List) needs at least one row");
        }
        List<Map<ColumnClause<?>, ColumnElement<?>>> resolved = new ArrayList<>();
        Set<ColumnClause<?>> columns = null;
        for (int i = 0; i < manyRows.size(); i++) {
            Map<ColumnClause<?>, ColumnElement<?>> row = ColumnValues.resolve(table, manyRows.get(i), "insert()", "_m" + i);
            if (columns != null && !columns.equals(row.keySet())) {
                throw new ArgumentError("Row " + i + " of a multi-row insert into '" + table.name() + "' names columns "
                        + names(row.keySet()) + " but the first row names " + names(columns));
            }
            columns = row.keySet();
            resolved.add(ColumnValues.withDefaults(table, row, true, "_m" + i));
        }
        return new Insert(table, resolved, List.of(), null, returning, onConflict);
    }

    private static List<String> names(Set<ColumnClause<?>> columns) {
        return columns.stream().map(ColumnClause::name).toList();
    }

    /** {@code INSERT INTO table (columns) SELECT …}. */
    public Insert fromSelect(List<? extends ColumnClause<?>> columns, SelectBase query) {
        if (columns.size() != query.selectedColumns().size()) {
            throw new ArgumentError("fromSelect names " + columns.size() + " column(s) but the select returns "
                    + query.selectedColumns().size());
        }
        List<ColumnClause<?>> resolved = columns.stream()
                .<ColumnClause<?>>map(column -> ColumnValues.column(table, column, "fromSelect()")).toList();
        return new Insert(table, List.of(), resolved, query, returning, onConflict);
    }

    /** {@code RETURNING …} (or the dialect's form: {@code OUTPUT inserted.…}, H2's {@code FINAL TABLE}). */
    public Insert returning(SelectItem... items) {
        return new Insert(table, rows, selectColumns, select, ColumnValues.expand(items), onConflict);
    }

    /** The same INSERT without a RETURNING clause. */
    public Insert withoutReturning() {
        return new Insert(table, rows, selectColumns, select, List.of(), onConflict);
    }

    /** {@code ON CONFLICT (index) DO NOTHING}: rows whose key exists are skipped. */
    public Insert onConflictDoNothing(ColumnClause<?>... indexElements) {
        return new Insert(table, rows, selectColumns, select, returning, new OnConflict(List.of(indexElements), Map.of()));
    }

    /**
     * {@code ON CONFLICT (index) DO UPDATE SET …}: rows whose key exists are updated instead; values
     * may refer to the proposed row through {@link #excluded}.
     */
    public Insert onConflictDoUpdate(List<? extends ColumnClause<?>> indexElements, Map<?, ?> set) {
        if (set.isEmpty()) {
            throw new ArgumentError("onConflictDoUpdate needs at least one column to set; use onConflictDoNothing");
        }
        return new Insert(table, rows, selectColumns, select, returning,
                new OnConflict(List.copyOf(indexElements), ColumnValues.resolve(table, set, "onConflictDoUpdate()", "_u")));
    }

    /** {@code ON DUPLICATE KEY UPDATE …} (MySQL, MariaDB): any unique key may conflict. */
    public Insert onDuplicateKeyUpdate(Map<?, ?> set) {
        return onConflictDoUpdate(List.of(), set);
    }

    /** The value this insert proposed for a column, for use in an upsert's SET. */
    public <T> Excluded<T> excluded(ColumnClause<T> column) {
        return new Excluded<>(column);
    }

    /** The target table. */
    public TableClause table() {
        return table;
    }

    /** The rows of VALUES, each in table column order (empty for {@code DEFAULT VALUES} or a SELECT). */
    public List<Map<ColumnClause<?>, ColumnElement<?>>> rows() {
        return rows;
    }

    /** The columns filled by {@link #fromSelect}. */
    public List<ColumnClause<?>> selectColumns() {
        return selectColumns;
    }

    /** The SELECT of {@link #fromSelect}, or {@code null}. */
    public SelectBase select() {
        return select;
    }

    /** The RETURNING expressions. */
    public List<ColumnElement<?>> returning() {
        return returning;
    }

    /** The upsert clause, or {@code null}. */
    public OnConflict onConflict() {
        return onConflict;
    }

    @Override
    public StatementKind kind() {
        return StatementKind.INSERT;
    }

    @Override
    public List<ColumnElement<?>> returnedColumns() {
        return returning;
    }

    /** Without values, the columns come from the parameter keys (and defaults), bound by name. */
    @Override
    public Executable forParameters(Map<String, ?> firstParameterSet) {
        if (!rows.isEmpty() || select != null || firstParameterSet.isEmpty()) {
            return this;
        }
        Map<Object, Object> values = new LinkedHashMap<>();
        for (String key : firstParameterSet.keySet()) {
            ColumnClause<?> column = table.c(key);
            values.put(key, BindParameter.required(key, column.type()));
        }
        return values(values);
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitInsert(this);
    }

    private final CacheKey.Memo cacheKey = new CacheKey.Memo();

    @Override
    public CacheKey cacheKey() {
        return cacheKey.of(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        table.appendCacheKey(key);
        key.append("insert").append(rows.size());
        rows.forEach(row -> ColumnValues.appendCacheKey(key, row));
        key.append(selectColumns.size());
        selectColumns.forEach(column -> key.append(column.name()));
        Select.appendOptional(key, "select", select);
        key.appendAll("returning", returning);
        key.append(onConflict != null);
        if (onConflict != null) {
            onConflict.appendCacheKey(key);
        }
    }

    @Override
    public String toString() {
        return SqlCompiler.render(this);
    }
}
