package dev.athanor.orm.internal;

/** Told of every member an {@link ObservedCollection} gains or loses, after the change. */
public interface MemberObserver {
    /** After {@code member} (possibly {@code null}) joined the collection. */
    void added(Object member);

    /** After {@code member} (possibly {@code null}) left the collection. */
    void removed(Object member);
}
