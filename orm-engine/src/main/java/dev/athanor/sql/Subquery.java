package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import java.util.ArrayList;
import java.util.List;

/**
 * A query in FROM under a name: {@code (SELECT …) AS name}, or {@code LATERAL (SELECT …) AS name}.
 * Its columns ({@code sq.c("total")}) are named by {@link SelectBase#columnNames()}.
 */
public final class Subquery extends TableClause {
    private final SelectBase select;
    private final String name;
    private final boolean lateral;
    private final List<DerivedColumn<?>> columns;

    Subquery(SelectBase select, String name, boolean lateral) {
        this.select = select;
        this.name = name;
        this.lateral = lateral;
        this.columns = derive(select, this);
    }

    static List<DerivedColumn<?>> derive(SelectBase select, TableClause owner) {
        List<String> names = select.columnNames();
        List<ColumnElement<?>> selected = select.selectedColumns();
        List<DerivedColumn<?>> derived = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            derived.add(new DerivedColumn<>(names.get(i), selected.get(i).type(), owner));
        }
        return List.copyOf(derived);
    }

    /** The inner query. */
    public SelectBase select() {
        return select;
    }

    /** Whether this is a {@code LATERAL} subquery. */
    public boolean isLateral() {
        return lateral;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String schema() {
        return null;
    }

    @Override
    public List<DerivedColumn<?>> columns() {
        return columns;
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitSubquery(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("subquery").append(name).append(lateral);
        select.appendCacheKey(key);
    }
}
