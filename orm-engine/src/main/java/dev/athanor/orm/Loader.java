package dev.athanor.orm;

import dev.athanor.engine.Result;
import dev.athanor.engine.Row;
import dev.athanor.sql.ColumnElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns result rows into objects through the session's identity map: a row whose identity the
 * session already holds yields that same object (its unflushed changes kept, unless it was
 * expired), otherwise a new instance is filled field by field and becomes persistent.
 */
final class Loader {
    private final TrackingSession session;

    Loader(TrackingSession session) {
        this.session = session;
    }

    /** One item of a select list: an entity spanning {@code width} columns, or a plain column. */
    record Item(Mapper<?> mapper, int offset, int width) {
    }

    /** Finds the entities in a select list: runs of columns that are exactly a mapped class's attributes. */
    List<Item> items(List<? extends ColumnElement<?>> columns) {
        List<Item> items = new ArrayList<>();
        int i = 0;
        while (i < columns.size()) {
            Mapper<?> mapper = entityAt(columns, i);
            int width = mapper == null ? 1 : mapper.columns().size();
            items.add(new Item(mapper, i, width));
            i += width;
        }
        return items;
    }

    private Mapper<?> entityAt(List<? extends ColumnElement<?>> columns, int start) {
        if (!(columns.get(start) instanceof ColumnAttribute<?, ?> attribute)
                || !session.registry().isMapped(attribute.entity())) {
            return null;
        }
        List<? extends ColumnElement<?>> all = attribute.table().columns();
        if (start + all.size() > columns.size() || all.get(0) != attribute) {
            return null;
        }
        for (int k = 0; k < all.size(); k++) {
            if (columns.get(start + k) != all.get(k)) {
                return null;
            }
        }
        return session.registry().mapper(attribute.entity());
    }

    /**
     * Every row of a result as its items: entities through the identity map, other columns as
     * values. With {@code fresh} (rows an UPDATE just returned) objects the session holds take the
     * row's values, since the row is newer than anything they hold.
     */
    List<List<Object>> rows(List<? extends ColumnElement<?>> columns, Result result, boolean fresh) {
        List<Item> items = items(columns);
        List<List<Object>> rows = new ArrayList<>();
        Map<Mapper<?>, List<InstanceState>> populated = new LinkedHashMap<>();
        for (Row row : result) {
            List<Object> values = new ArrayList<>(items.size());
            for (Item item : items) {
                values.add(item.mapper() == null ? row.get(item.offset())
                        : instance(item.mapper(), row, item.offset(), fresh, populated));
            }
            rows.add(Collections.unmodifiableList(values));
        }
        // the post-load hook: eager strategies load the relationships of every parent of the result at once
        populated.forEach((mapper, states) -> session.relationshipLoader().afterQuery(mapper, states));
        return rows;
    }

    Object instance(Mapper<?> mapper, Row row, int offset) {
        Map<Mapper<?>, List<InstanceState>> populated = new LinkedHashMap<>();
        Object object = instance(mapper, row, offset, false, populated);
        populated.forEach((m, states) -> session.relationshipLoader().afterQuery(m, states));
        return object;
    }

    /**
     * The object of one row; an object created or refreshed from the row is added to
     * {@code populated}, for the relationship strategies to see after the whole result.
     */
    private Object instance(Mapper<?> mapper, Row row, int offset, boolean fresh,
                            Map<Mapper<?>, List<InstanceState>> populated) {
        int[] positions = new int[mapper.columns().size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = offset + i;
        }
        return instance(mapper, row, positions, fresh,
                state -> populated.computeIfAbsent(mapper, m -> new ArrayList<>()).add(state));
    }

    /**
     * The object of one row whose columns are at {@code positions} (by property index; {@code -1}
     * for a column the query left out, which keeps the object's value). {@code populated} sees
     * every object created or refreshed from the row, before any relationship strategy runs.
     */
    Object instance(Mapper<?> mapper, Row row, int[] positions, boolean fresh, Consumer<InstanceState> populated) {
        List<ColumnProperty> properties = mapper.columns();
        Object[] keyValues = new Object[mapper.primaryKey().size()];
        for (int k = 0; k < keyValues.length; k++) {
            ColumnProperty property = mapper.primaryKey().get(k);
            keyValues[k] = property.fromDatabase(row.get(positions[property.index()]));
            if (keyValues[k] == null) {
                return null; // an outer join found no row
            }
        }
        IdentityKey key = new IdentityKey(mapper.entityClass(), keyValues);
        InstanceState existing = session.identityMap().get(key);
        if (existing != null && !existing.expired && !fresh) {
            return existing.object;
        }
        Object object = existing != null ? existing.object : mapper.newLoadedInstance();
        for (ColumnProperty property : properties) {
            int position = positions[property.index()];
            if (position >= 0) {
                property.load(object, row.get(position));
            }
        }
        InstanceState state = existing != null ? existing : new InstanceState(object, mapper, ObjectState.PERSISTENT);
        if (state.unloadedColumns != null) {
            for (ColumnProperty property : properties) {
                state.unloadedColumns[property.index()] &= positions[property.index()] < 0;
            }
        }
        state.key = key;
        state.expired = false;
        state.takeSnapshot();
        if (existing == null) {
            session.loaded(state);
        }
        populated.accept(state);
        return object;
    }
}
