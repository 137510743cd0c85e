package dev.athanor.sql;

import dev.athanor.exc.ArgumentError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table known only by name and the columns a statement needs, as SQLAlchemy's {@code table()}:
 * no constraints, no MetaData. Migrations use it for data changes, so that they do not depend on
 * the application's model as it is today. Made by {@link Sql#table}.
 */
final class LightweightTable extends TableClause {
    private final String schema;
    private final String name;
    private final List<LightweightColumn<?>> columns;

    LightweightTable(String schema, String name, ColumnClause<?>... columns) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentError("Sql.table(…) needs a name");
        }
        this.schema = schema;
        this.name = name;
        List<LightweightColumn<?>> owned = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ColumnClause<?> column : columns) {
            if (!(column instanceof LightweightColumn<?> light) || light.table() != null) {
                throw new ArgumentError("Sql.table(\"" + name + "\", …) takes columns made by Sql.column(name, type), got "
                        + column);
            }
            if (!seen.add(light.name())) {
                throw new ArgumentError("Sql.table(\"" + name + "\", …) names column '" + light.name() + "' twice");
            }
            owned.add(light.copyFor(this));
        }
        this.columns = List.copyOf(owned);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String schema() {
        return schema;
    }

    @Override
    public List<LightweightColumn<?>> columns() {
        return columns;
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
