package dev.athanor.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A query that stands in FROM under a name — a {@link Subquery} or a {@link Cte} — whose columns
 * are derived from the query's select list ({@link SelectBase#columnNames()}).
 */
public abstract sealed class DerivedTable extends TableClause permits Cte, Subquery {
    private final String name;
    private final List<DerivedColumn<?>> columns;

    DerivedTable(SelectBase query, String name) {
        this.name = name;
        List<String> names = query.columnNames();
        List<ColumnElement<?>> selected = query.selectedColumns();
        List<DerivedColumn<?>> derived = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            derived.add(new DerivedColumn<>(names.get(i), selected.get(i).type(), this));
        }
        this.columns = List.copyOf(derived);
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
}
