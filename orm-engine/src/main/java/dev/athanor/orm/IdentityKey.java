package dev.athanor.orm;

import java.util.Arrays;

/**
 * The identity of a persistent object in a session: its class and primary-key values, as
 * SQLAlchemy's identity key. Two loads of the same row give equal keys, so the identity map
 * returns the same object.
 */
public final class IdentityKey {
    private final Class<?> entityClass;
    private final Object[] values;
    private final int hash;

    IdentityKey(Class<?> entityClass, Object[] values) {
        this.entityClass = entityClass;
        this.values = values;
        this.hash = 31 * entityClass.hashCode() + Arrays.hashCode(values);
    }

    /** The mapped class. */
    public Class<?> entityClass() {
        return entityClass;
    }

    /** The primary-key values, in the mapper's key order. */
    public Object[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityKey key && key.entityClass == entityClass && Arrays.equals(key.values, values);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return entityClass.getSimpleName() + Arrays.toString(values);
    }
}
