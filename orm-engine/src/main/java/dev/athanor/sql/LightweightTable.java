package dev.athanor.sql;

import dev.athanor.exc.ArgumentError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    /** The columns as given, each to its copy in this table, so statements may name either. */
    private final Map<ColumnClause<?>, LightweightColumn<?>> copies;

    LightweightTable(String schema, String name, ColumnClause<?>... columns) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentError("Sql.table(…) needs a name");
        }
        this.schema = schema;
        this.name = name;
        List<LightweightColumn<?>> owned = new ArrayList<>();
        Map<ColumnClause<?>, LightweightColumn<?>> copies = new IdentityHashMap<>();
        Set<String> seen = new HashSet<>();
        for (ColumnClause<?> column : columns) {
            if (!(column instanceof LightweightColumn<?> light) || light.table() != null) {
                throw new ArgumentError("Sql.table(\"" + name + "\", …) takes columns made by Sql.column(name, type), got "
                        + column);
            }
            if (!seen.add(light.name())) {
                throw new ArgumentError("Sql.table(\"" + name + "\", …) names column '" + light.name() + "' twice");
            }
            LightweightColumn<?> copy = light.copyFor(this);
            owned.add(copy);
            copies.put(light, copy);
        }
        this.columns = List.copyOf(owned);
        this.copies = copies;
    }

    /** Also answers for the detached columns this table was made from ({@code values(PUBLISHED_ON, date)}). */
    @Override
    public ColumnClause<?> correspondingColumn(ColumnClause<?> column) {
        ColumnClause<?> copy = copies.get(column);
        return copy != null ? copy : super.correspondingColumn(column);
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
