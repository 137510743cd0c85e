package dev.athanor.inspect;

import dev.athanor.orm.AttributeHistory;
import dev.athanor.orm.IdentityKey;
import dev.athanor.orm.ObjectState;
import dev.athanor.orm.Session;
import java.util.List;

/**
 * An object as a session sees it, as SQLAlchemy's {@code inspect(obj)}: its state, identity,
 * modified attributes and each attribute's history. It is asked of a session explicitly because
 * objects are plain classes that carry no link to a session, and a global object-to-session map
 * would be mutable state shared by every session; a session forgets an object once it is
 * expunged or committed as deleted, which then reads as {@code TRANSIENT}.
 */
public final class InstanceInspection {
    private final Session session;
    private final Object object;

    private InstanceInspection(Session session, Object object) {
        this.session = session;
        this.object = object;
    }

    /** The view of {@code object} in {@code session}. */
    public static InstanceInspection of(Session session, Object object) {
        return new InstanceInspection(session, object);
    }

    /** Transient, pending, persistent, deleted or detached. */
    public ObjectState state() {
        return session.stateOf(object);
    }

    /** The identity, or {@code null} while transient or pending. */
    public IdentityKey identity() {
        return session.identityOf(object);
    }

    /** The attributes changed since the object was loaded or flushed. */
    public List<String> modifiedAttributes() {
        return session.modifiedAttributes(object);
    }

    /** The history of one attribute: added, unchanged and deleted values. */
    public AttributeHistory history(String attribute) {
        return session.history(object, attribute);
    }
}
