package dev.athanor.orm;

/**
 * An object compared by identity inside a hash set or map key, since entities may define
 * {@code equals} and the identity map makes one object per row.
 */
record IdentityBox(Object object) {
    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityBox box && box.object == object;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(object);
    }
}
