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
        List<int[]> positions = new ArrayList<>(items.size());
        for (Item item : items) {
            positions.add(item.mapper() == null ? null : positions(item.mapper(), item.offset()));
        }
        List<List<Object>> rows = new ArrayList<>();
        Map<Mapper<?>, List<InstanceState>> populated = new LinkedHashMap<>();
        for (Row row : result) {
            List<Object> values = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                Mapper<?> mapper = item.mapper();
                values.add(mapper == null ? row.get(item.offset()) : instance(mapper, row, positions.get(i),
                        extras.getOrDefault(item.offset(), Map.of()), fresh,
                        state -> populated.computeIfAbsent(state.mapper, m -> new ArrayList<>()).add(state)));
            }
            rows.add(Collections.unmodifiableList(values));
        }
        // the post-load hook: eager strategies load the relationships of every parent of the result at once
        populated.forEach((mapper, states) -> session.relationshipLoader().afterQuery(mapper, states));
        return rows;
    }

    Object instance(Mapper<?> mapper, Row row, int offset) {
        Map<Mapper<?>, List<InstanceState>> populated = new LinkedHashMap<>();
        Object object = instance(mapper, row, positions(mapper, offset), Map.of(), false,
                state -> populated.computeIfAbsent(state.mapper, m -> new ArrayList<>()).add(state));
        populated.forEach((m, states) -> session.relationshipLoader().afterQuery(m, states));
        return object;
    }

    /** Where the selected class's columns are in a row, by property index: from {@code offset} on. */
    private static int[] positions(Mapper<?> mapper, int offset) {
        int[] positions = new int[mapper.columns().size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = offset + i;
        }
        return positions;
    }

    /** {@link #instance(Mapper, Row, int[], Map, boolean, Consumer)} outside an inheritance hierarchy. */
    Object instance(Mapper<?> mapper, Row row, int[] positions, boolean fresh, Consumer<InstanceState> populated) {
        return instance(mapper, row, positions, Map.of(), fresh, populated);
    }

    /**
     * The object of one row whose columns are at {@code positions} (by property index of the
     * selected class; {@code -1} for a column the query left out, which keeps the object's value).
     * In a hierarchy the row's discriminator picks the class, whose own columns are at
     * {@code subclassColumns} (sibling subclasses share property indexes, so these go by property).
     * {@code populated} sees every object created or refreshed from the row, before any
     * relationship strategy runs.
     */
    Object instance(Mapper<?> selected, Row row, int[] positions, Map<ColumnProperty, Integer> subclassColumns,
                    boolean fresh, Consumer<InstanceState> populated) {
        Object identity = identity(selected, row, positions);
        if (identity == null) {
            return null; // an outer join found no row
        }
        Mapper<?> mapper = concreteMapper(selected, row, positions);
        InstanceState existing = session.identityMap().get(selected.identityClass(), identity);
        if (existing != null && !existing.expired && !fresh) {
            return existing.object;
        }
        Object object = existing != null ? existing.object : mapper.newLoadedInstance();
        List<ColumnProperty> properties = mapper.columns();
        // the snapshot is what was just written to the fields (read back only for columns not in the row);
        // in a hierarchy two properties may share a field (a joined table's copy of the key): read them back after
        Object[] values = mapper.hierarchy() == null && !mapper.snapshotsOnWrite() ? new Object[properties.size()] : null;
        // a single-column key was converted for the identity already: its field takes that value
        ColumnProperty keyProperty = mapper == selected && !(identity instanceof IdentityKey) ? mapper.primaryKey().get(0) : null;
        for (int i = 0; i < properties.size(); i++) {
            ColumnProperty property = properties.get(i);
            int position = position(positions, subclassColumns, property);
            if (position < 0) {
                if (values != null) {
                    values[i] = property.get(object);
                }
            } else if (property == keyProperty) {
                if (values != null) {
                    values[i] = property.setAndGet(object, identity);
                } else {
                    property.loadConverted(object, identity);
                }
            } else if (values != null) {
                values[i] = property.loadAndGet(object, row.get(position));
            } else {
                property.load(object, row.get(position));
            }
        }
        InstanceState state = existing != null ? existing : InstanceState.loaded(object, mapper);
        if (state.unloadedColumns != null) {
            for (ColumnProperty property : properties) {
                state.unloadedColumns[property.index()] &= position(positions, subclassColumns, property) < 0;
            }
        }
        state.identity = identity;
        state.expired = false;
        if (values != null) {
            state.takeSnapshot(values);
        } else {
            state.takeSnapshot(); // none for a class that takes its snapshot on write
        }
        if (existing == null) {
            session.loaded(state);
        }
        populated.accept(state);
        return object;
    }

    /**
     * The identity of the row's object as the identity map keys it (the key value, or an
     * {@link IdentityKey} for a composite key), or {@code null} when a key column is NULL.
     */
    private static Object identity(Mapper<?> mapper, Row row, int[] positions) {
        List<ColumnProperty> primaryKey = mapper.primaryKey();
        if (primaryKey.size() == 1) {
            ColumnProperty property = primaryKey.get(0);
            return property.fromDatabase(row.get(positions[property.index()]));
        }
        Object[] keyValues = new Object[primaryKey.size()];
        for (int k = 0; k < keyValues.length; k++) {
            ColumnProperty property = primaryKey.get(k);
            keyValues[k] = property.fromDatabase(row.get(positions[property.index()]));
            if (keyValues[k] == null) {
                return null;
            }
        }
        return new IdentityKey(mapper.identityClass(), keyValues);
    }

    private static int position(int[] positions, Map<ColumnProperty, Integer> subclassColumns, ColumnProperty property) {
        return property.index() < positions.length ? positions[property.index()]
                : subclassColumns.getOrDefault(property, -1);
    }

    /** The class a row is, by its discriminator: {@code selected} itself outside a hierarchy. */
    private static Mapper<?> concreteMapper(Mapper<?> selected, Row row, int[] positions) {
        MapperHierarchy hierarchy = selected.hierarchy();
        if (hierarchy == null) {
            return selected;
        }
        Mapper<?> concrete = hierarchy.mapperFor(row.get(positions[hierarchy.discriminator.index()]));
        if (!selected.entityClass().isAssignableFrom(concrete.entityClass())) {
            throw new dev.athanor.exc.InvalidRequestError("A row selected as " + selected.entityClass().getSimpleName()
                    + " has polymorphic identity '" + concrete.polymorphicIdentity().orElse("?") + "' of "
                    + concrete.entityClass().getSimpleName() + ", which is not a subclass of it");
        }
        return concrete;
    }
}
