package dev.athanor.orm.internal;

import java.util.Collection;

/**
 * A relationship's members in a {@link ObservedList list} or an insertion-ordered
 * {@link ObservedSet set} that tells its {@link MemberObserver} of every member added or removed:
 * the one mechanism behind the session's tracked collections (the observer reports to the session)
 * and the collections of enhanced objects not in a session (it keeps the reverse side of a
 * {@code backPopulates} pair in step).
 */
public interface ObservedCollection extends Collection<Object> {
    /** A new set ({@code set}) or list holding {@code members} in their order, reporting to {@code observer}. */
    static ObservedCollection of(boolean set, Collection<?> members, MemberObserver observer) {
        return set ? new ObservedSet(members, observer) : new ObservedList(members, observer);
    }

    /** Who is told of changes. */
    MemberObserver observer();

    /** Adds without telling the observer (the other side of a pair, already in step); whether it changed. */
    boolean addSilently(Object member);

    /** Removes one equal member without telling the observer; whether one was removed. */
    boolean removeSilently(Object member);
}
