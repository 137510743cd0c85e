package dev.athanor.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Members appended to or removed from a collection that is not loaded yet, by the other side of a
 * {@code backPopulates} pair ({@code book.setAuthor(bob)} while {@code bob.books} is unloaded):
 * SQLAlchemy's {@code PendingCollection}. Nothing is loaded to apply them; the session applies
 * them, without events, to the members the collection loads with, so the book shows in
 * {@code bob.getBooks()} exactly once whether or not a flush wrote it first. A removal cancels a
 * queued append of the same object, and the other way round.
 */
final class PendingCollection {
    private final List<Object> added = new ArrayList<>();
    private final List<Object> removed = new ArrayList<>();

    void append(Object member) {
        if (!removeIdentity(removed, member) && !Cascades.containsIdentity(added, member)) {
            added.add(member);
        }
    }

    void remove(Object member) {
        if (!removeIdentity(added, member) && !Cascades.containsIdentity(removed, member)) {
            removed.add(member);
        }
    }

    /** Applies the queued changes to the collection just loaded (each one that changes it counts as a change). */
    void applyTo(Collection<Object> loaded) {
        removed.forEach(member -> TrackedCollections.removeQuietly(loaded, member));
        added.forEach(member -> TrackedCollections.addQuietly(loaded, member));
    }

    private static boolean removeIdentity(List<Object> members, Object member) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i) == member) {
                members.remove(i);
                return true;
            }
        }
        return false;
    }
}
