package dev.athanor.orm;

import java.util.Arrays;

/**
 * The identity of a persistent object in a session: its class and primary-key values, as
 * SQLAlchemy's identity key. Two loads of the same row give equal keys, so the identity map
 * returns the same object.
 */
public final class IdentityKey {
    private final Class<?> entityClass;
    /** The key values of a composite key; {@code null} for a single-column key, held in {@link #single}. */
    private final Object[] values;
    private final Object single;
    private final int hash;

    IdentityKey(Class<?> entityClass, Object[] values) {
        this.entityClass = entityClass;
        this.values = values.length == 1 ? null : values;
        this.single = values.length == 1 ? values[0] : null;
        this.hash = 31 * entityClass.hashCode() + Arrays.hashCode(values);
    }

    /** A single-column key: no array per identity (one is made per loaded row). */
    IdentityKey(Class<?> entityClass, Object value) {
        this.entityClass = entityClass;
        this.values = null;
        this.single = value;
        // as Arrays.hashCode of the one-element array, so both constructors agree
        this.hash = 31 * entityClass.hashCode() + 31 + (value == null ? 0 : value.hashCode());
    }

    /** The mapped class. */
    public Class<?> entityClass() {
        return entityClass;
    }

    /** The value of a single-column key as the field holds it; {@code null} for a composite key. */
    Object single() {
        return single;
    }

    /** The primary-key values, in the mapper's key order. */
    public Object[] values() {
        return values == null ? new Object[] {single} : values.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityKey key && key.entityClass == entityClass && key.hash == hash
                && (values == null ? key.values == null && java.util.Objects.equals(single, key.single)
                : Arrays.equals(key.values, values));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return entityClass.getSimpleName() + Arrays.toString(values());
    }
}
