package dev.athanor.orm;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Select;
import dev.athanor.sql.Sql;
import java.util.ArrayList;
import java.util.List;

/**
 * A collection that is never loaded as a whole, SQLAlchemy's {@code WriteOnlyCollection}: for
 * collections too large to hold in memory. Declare the field
 * {@code @Relationship(lazy = Lazy.WRITE_ONLY) WriteOnlyCollection<Book> books;}; on an object the
 * session loaded, the getter returns one bound to that object.
 *
 * <pre>{@code
 * s.scalars(author.getBooks().select().where(Book_.title.startsWith("A")).orderBy(Book_.title)).all();
 * author.getBooks().add(new Book("New"));      // the book joins the session with author_id set
 * author.getBooks().remove(old);               // author_id = NULL at the flush (or DELETE with delete-orphan)
 * }</pre>
 *
 * <p>For a many-to-many, {@code add} and {@code remove} write the association row at once (after
 * flushing a new member so it has a key), not at the next flush; a rollback undoes them with the rest.
 *
 * @param <T> the related class
 */
public final class WriteOnlyCollection<T> {
    private final InstanceState owner;
    private final RelationshipProperty relationship;

    WriteOnlyCollection(InstanceState owner, RelationshipProperty relationship) {
        this.owner = owner;
        this.relationship = relationship;
    }

    /**
     * The SELECT of the members, to filter, order and page before running it:
     * {@code SELECT book.id, … FROM book WHERE book.author_id = ?}.
     */
    public Select select() {
        return SelectLoader.statement(relationship, ownerKey());
    }

    /** Adds a member without loading the others: it joins the session, linked to the owner. */
    public void add(T member) {
        TrackingSession session = session();
        Object[] key = ownerKey();
        if (relationship.kind() == RelationshipKind.MANY_TO_MANY) {
            session.add(member);
            session.flush(); // the association row needs the member's key
            session.execute(Sql.insert(relationship.secondary()).values(linkValues(key, member)));
            return;
        }
        for (int i = 0; i < key.length; i++) {
            relationship.remoteProperties[i].set(member, key[i]);
        }
        session.add(member);
    }

    /** Adds each member. */
    public void addAll(Iterable<? extends T> members) {
        members.forEach(this::add);
    }

    /**
     * Removes a member without loading the others: with a delete-orphan cascade it is deleted,
     * otherwise its foreign key is set to NULL (a many-to-many loses its association row).
     */
    public void remove(T member) {
        TrackingSession session = session();
        Object[] key = ownerKey();
        if (relationship.kind() == RelationshipKind.MANY_TO_MANY) {
            java.util.Map<String, Object> values = linkValues(key, member);
            List<ColumnElement<Boolean>> where = new ArrayList<>();
            values.forEach((column, value) -> where.add(eq(relationship.secondary().c(column), value)));
            session.execute(Sql.delete(relationship.secondary()).where(where.toArray(ColumnElement[]::new)));
        } else if (relationship.cascades(CascadeOption.DELETE_ORPHAN)) {
            session.delete(member);
        } else {
            for (ColumnProperty property : relationship.remoteProperties) {
                property.set(member, null);
            }
        }
    }

    private java.util.Map<String, Object> linkValues(Object[] key, Object member) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < key.length; i++) {
            values.put(relationship.remoteColumns().get(i).name(), key[i]);
        }
        for (int i = 0; i < relationship.targetProperties.length; i++) {
            Object value = relationship.targetProperties[i].get(member);
            if (value == null) {
                throw new InvalidRequestError("Cannot link " + member.getClass().getSimpleName() + " through "
                        + relationship.qualifiedName() + ": its " + relationship.targetProperties[i].name() + " is not set");
            }
            values.put(relationship.secondaryTargetColumns().get(i).name(), value);
        }
        return values;
    }

    private TrackingSession session() {
        if (!owner.attached()) {
            throw new dev.athanor.exc.DetachedInstanceError("The owner of write-only collection "
                    + relationship.qualifiedName() + " is not bound to an open Session; merge it into one first");
        }
        return owner.session;
    }

    private Object[] ownerKey() {
        Object[] key = new Object[relationship.localProperties.length];
        for (int i = 0; i < key.length; i++) {
            key[i] = relationship.localProperties[i].get(owner.object);
            if (key[i] == null) {
                throw new InvalidRequestError("Write-only collection " + relationship.qualifiedName() + " needs its owner's "
                        + relationship.localProperties[i].name() + "; flush the owner first");
            }
        }
        return key;
    }

    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> eq(ColumnElement<?> column, Object value) {
        return ((ColumnElement<Object>) column).eq(value);
    }

    /**
     * The strategy behind {@code lazy = WRITE_ONLY}: the getter of a loaded object finds a collection
     * bound to that object; the attribute stays unloaded, so cascades and the flush pass it by.
     */
    static LoaderStrategy strategy() {
        return (state, relationship) -> {
            if (!(relationship.get(state.object) instanceof WriteOnlyCollection<?> bound && bound.owner == state)) {
                relationship.set(state.object, new WriteOnlyCollection<>(state, relationship));
            }
        };
    }

    @Override
    public String toString() {
        return "WriteOnlyCollection(" + relationship.qualifiedName() + ")";
    }
}
