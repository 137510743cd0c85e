package dev.athanor.orm.internal;

/**
 * Implemented by the runtime subclass the ORM generates for loaded objects: a slot where the
 * object's session state lives, so an intercepted getter can find it without any lookup.
 */
public interface Instrumented {
    /** The object's state in its session, or {@code null}. */
    Object athanor$state();

    /** Attaches the object's state. */
    void athanor$state(Object state);
}
