package dev.athanor.orm;

import dev.athanor.engine.Result;
import dev.athanor.engine.Row;
import dev.athanor.sql.ColumnElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

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
        // a subclass's attributes render against several tables: its entity's table lists them all
        List<? extends ColumnElement<?>> all = attribute.table().entity() == attribute.entity()
                ? attribute.table().columns() : EntityTable.of(attribute.entity()).columns();
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
        return rows(columns, result, fresh, Map.of());
    }

    /**
     * Like {@link #rows(List, Result, boolean)} for a {@link PolymorphicSelect}: {@code extras}
     * gives, per entity item offset, where the columns of its subclasses follow the select list.
     */
    List<List<Object>> rows(List<? extends ColumnElement<?>> columns, Result result, boolean fresh,
                            Map<Integer, Map<ColumnProperty, Integer>> extras) {
        List<Item> items = items(columns);
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : result) {
            List<Object> values = new ArrayList<>(items.size());
            for (Item item : items) {
                values.add(item.mapper() == null ? row.get(item.offset())
                        : instance(item.mapper(), row, item.offset(), fresh,
                                extras.getOrDefault(item.offset(), Map.of())));
            }
            rows.add(Collections.unmodifiableList(values));
        }
        return rows;
    }

    Object instance(Mapper<?> mapper, Row row, int offset) {
        return instance(mapper, row, offset, false, Map.of());
    }

    private Object instance(Mapper<?> selected, Row row, int offset, boolean fresh, Map<ColumnProperty, Integer> extras) {
        Mapper<?> mapper = selected;
        Object[] keyValues = new Object[mapper.primaryKey().size()];
        for (int k = 0; k < keyValues.length; k++) {
            ColumnProperty property = mapper.primaryKey().get(k);
            keyValues[k] = property.fromDatabase(row.get(offset + property.index()));
            if (keyValues[k] == null) {
                return null; // an outer join found no row
            }
        }
        IdentityKey key = new IdentityKey(mapper.identityClass(), keyValues);
        mapper = concreteMapper(selected, row, offset);
        InstanceState existing = session.identityMap().get(key);
        if (existing != null && !existing.expired && !fresh) {
            return existing.object;
        }
        Object object = existing != null ? existing.object : mapper.newInstance();
        int width = selected.columns().size();
        for (ColumnProperty property : mapper.columns()) {
            Integer position = property.index() < width ? (Integer) (offset + property.index()) : extras.get(property);
            if (position != null) {
                property.load(object, row.get(position));
            }
        }
        InstanceState state = existing != null ? existing : new InstanceState(object, mapper, ObjectState.PERSISTENT);
        state.key = key;
        state.expired = false;
        state.takeSnapshot();
        if (existing == null) {
            session.loaded(state);
        }
        return object;
    }

    /** The class a row is, by its discriminator: {@code selected} itself outside a hierarchy. */
    private static Mapper<?> concreteMapper(Mapper<?> selected, Row row, int offset) {
        MapperHierarchy hierarchy = selected.hierarchy();
        if (hierarchy == null) {
            return selected;
        }
        Mapper<?> concrete = hierarchy.mapperFor(row.get(offset + hierarchy.discriminator.index()));
        if (!selected.entityClass().isAssignableFrom(concrete.entityClass())) {
            throw new dev.athanor.exc.InvalidRequestError("A row selected as " + selected.entityClass().getSimpleName()
                    + " has polymorphic identity '" + concrete.polymorphicIdentity().orElse("?") + "' of "
                    + concrete.entityClass().getSimpleName() + ", which is not a subclass of it");
        }
        return concrete;
    }
}
