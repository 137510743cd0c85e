package dev.athanor.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a session knows about one object: its mapper, state, identity, and the snapshot of its
 * column values as last loaded from or written to the database, which dirty checking compares
 * against and rollback restores.
 */
final class InstanceState {
    final Object object;
    final Mapper<?> mapper;
    ObjectState state;
    IdentityKey key;
    /** Column values as the database holds them, by property index; {@code null} while pending. */
    Object[] snapshot;
    /** Set by commit with expireOnCommit: the next load of the row overwrites the fields. */
    boolean expired;

    InstanceState(Object object, Mapper<?> mapper, ObjectState state) {
        this.object = object;
        this.mapper = mapper;
        this.state = state;
    }

    /** The current field values, by property index. */
    Object[] currentValues() {
        List<ColumnProperty> properties = mapper.columns();
        Object[] values = new Object[properties.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = properties.get(i).get(object);
        }
        return values;
    }

    /** Takes the current field values as the database's. */
    void takeSnapshot() {
        Object[] values = currentValues();
        for (int i = 0; i < values.length; i++) {
            values[i] = snapshotValue(values[i]);
        }
        snapshot = values;
    }

    /** Takes one attribute's current field value as the database's. */
    void takeSnapshot(ColumnProperty property) {
        snapshot[property.index()] = snapshotValue(property.get(object));
    }

    private static Object snapshotValue(Object value) {
        // an array changed in place must still show as modified
        return value instanceof byte[] bytes ? bytes.clone() : value;
    }

    /** The properties whose field differs from the snapshot. */
    List<ColumnProperty> modified() {
        List<ColumnProperty> changed = new ArrayList<>();
        if (snapshot == null) {
            return changed;
        }
        for (ColumnProperty property : mapper.columns()) {
            if (!same(snapshot[property.index()], property.get(object))) {
                changed.add(property);
            }
        }
        return changed;
    }

    /** Writes snapshot values back into the fields. */
    void restore(Object[] values) {
        for (ColumnProperty property : mapper.columns()) {
            property.set(object, values[property.index()]);
        }
        snapshot = values.clone();
    }

    static boolean same(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return java.util.Arrays.equals(x, y);
        }
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    @Override
    public String toString() {
        return mapper.entityClass().getSimpleName() + (key == null ? "(pending)" : key.toString()) + " " + state;
    }
}
