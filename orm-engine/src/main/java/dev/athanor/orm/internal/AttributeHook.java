package dev.athanor.orm.internal;

/**
 * The session state of a loaded or enhanced object, as its instrumented code sees it: what an
 * intercepted accessor of the runtime subclass, or an enhanced class's field access, calls first.
 */
public interface AttributeHook {
    /**
     * Before a relationship getter ({@code index} ≥ 0, the relationship's index) or a column getter
     * ({@code -2 - index}, the column property's index; {@code -1} when unknown) returns.
     */
    void beforeGet(int relationshipIndex);

    /** Before a many-to-one setter stores {@code value}. */
    void beforeSet(int relationshipIndex, Object value);

    /**
     * Before an enhanced object's field {@code attribute} is set to {@code value}; false when the
     * object is not attached to an open session (the caller then treats it as transient).
     */
    boolean beforeWrite(String attribute, Object value);

    /** Before an enhanced object's field {@code attribute} is read; false when the object is not attached. */
    boolean beforeRead(String attribute);

    /**
     * Before an enhanced object's column field {@code attribute} is read: loads it when the object
     * is expired or the column was deferred, else does nothing (the enhancer knows at build time
     * which fields are columns, so a column read need not look the attribute up).
     */
    void beforeColumnRead(String attribute);

    /**
     * A relationship of this object was set quietly, as the other side of a {@code backPopulates}
     * pair whose owner is not in a session: the session's next flush must look at this object.
     */
    void relationshipTouched();

    /** Whether relationship {@code attribute} holds its loaded value (always true for a column). */
    boolean isLoaded(String attribute);

    /**
     * The other side of a {@code backPopulates} pair appended {@code member} to ({@code added}) or
     * removed it from collection {@code attribute}, which is not loaded: the change is queued and
     * applied when the collection loads.
     */
    void queueCollectionChange(String attribute, Object member, boolean added);
}
