package dev.athanor.orm;

import dev.athanor.engine.Row;
import dev.athanor.exc.DetachedInstanceError;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Select;
import dev.athanor.sql.Sql;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the columns a query left out ({@code defer}, {@code loadOnly}) when a getter of one of
 * them is called: one {@code SELECT} of every column still unloaded on that object, by primary
 * key. SQLAlchemy loads only the column asked for (or its group); loading them together costs
 * one round trip instead of one per column. The loaded values become the object's snapshot, so
 * they do not count as changes.
 */
final class DeferredColumns {
    private DeferredColumns() {
    }

    static void load(InstanceState state, ColumnProperty asked) {
        if (!state.attached()) {
            throw new DetachedInstanceError("Instance " + state.mapper.entityClass().getSimpleName() + " is not bound to"
                    + " a Session; deferred column attribute '" + asked.name() + "' ("
                    + state.mapper.entityClass().getSimpleName() + "." + asked.name() + ") cannot be loaded. Load it"
                    + " in the query (undefer) or before the session ends");
        }
        Mapper<?> mapper = state.mapper;
        EntityTable<?> table = EntityTable.of(mapper.entityClass());
        List<ColumnProperty> unloaded = new ArrayList<>();
        for (ColumnProperty property : mapper.columns()) {
            if (state.unloadedColumns[property.index()]) {
                unloaded.add(property);
            }
        }
        List<ColumnElement<Boolean>> key = new ArrayList<>();
        Object[] values = state.key().values();
        for (int i = 0; i < values.length; i++) {
            key.add(eq(table.attribute(mapper.primaryKey().get(i).name()), values[i]));
        }
        Select select = Sql.select(unloaded.stream().map(p -> table.attribute(p.name())).toArray(ColumnElement[]::new))
                .where(key.toArray(ColumnElement[]::new));
        Row row = state.session.connection(mapper).execute(select).first();
        if (row == null) {
            throw new InvalidRequestError("Could not load deferred column " + mapper.entityClass().getSimpleName() + "."
                    + asked.name() + ": the row is gone (deleted outside this session)");
        }
        for (int i = 0; i < unloaded.size(); i++) {
            ColumnProperty property = unloaded.get(i);
            // a value the user set meanwhile is a change to keep, not to overwrite
            if (InstanceState.same(property.get(state.object), state.committedValue(property))) {
                property.load(state.object, row.get(i));
                state.takeSnapshot(property);
            }
            state.unloadedColumns[property.index()] = false;
        }
    }

    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> eq(ColumnAttribute<?, ?> attribute, Object value) {
        return ((ColumnAttribute<?, Object>) attribute).eq(value);
    }
}
