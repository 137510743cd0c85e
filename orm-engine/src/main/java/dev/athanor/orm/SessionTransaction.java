package dev.athanor.orm;

import dev.athanor.engine.Transaction;
import java.util.ArrayList;
import java.util.List;

/**
 * One level of a session's transaction: the outermost one, or a savepoint from
 * {@code beginNested()}. Besides the database transactions it began, it remembers what the
 * session changed inside it, so that rolling it back undoes those changes in memory too: objects
 * inserted inside it become transient again, objects updated or deleted inside it get back the
 * values (and state) they had when it began.
 */
final class SessionTransaction {
    final SessionTransaction parent;
    final List<Transaction> databaseTransactions = new ArrayList<>();
    final List<InstanceState> inserted = new ArrayList<>();
    final List<InstanceState> added = new ArrayList<>();
    /**
     * Each object's committed values and state before its first UPDATE or DELETE inside this level,
     * in the order they came. Whether an object is here is its {@link InstanceState#rememberedIn}:
     * two identity maps keyed by state cost a seventh of an ORM pass that updated 100k objects
     * in one transaction (identity hashes installed, tables resized as they grew).
     */
    final List<Remembered> remembered = new ArrayList<>();

    /**
     * What an object was before this level first wrote it; {@code previous}: the level that
     * remembered it before (an enclosing one, or {@code null}), which it belongs to again when
     * this level ends.
     */
    record Remembered(InstanceState state, Object[] values, ObjectState stateBefore, SessionTransaction previous) {
    }

    SessionTransaction(SessionTransaction parent) {
        this.parent = parent;
    }

    boolean isNested() {
        return parent != null;
    }

    /** Remembers what the object is before this level first writes it (once per level). */
    void rememberBefore(InstanceState state) {
        if (state.rememberedIn != this) {
            remembered.add(new Remembered(state, state.committedValues(), state.state, state.rememberedIn));
            state.rememberedIn = this;
        }
    }

    /**
     * Hands what this savepoint changed to the enclosing transaction when the savepoint is released:
     * an object the enclosing level remembered already keeps what that level saw.
     */
    void mergeInto(SessionTransaction outer) {
        outer.inserted.addAll(inserted);
        outer.added.addAll(added);
        for (Remembered entry : remembered) {
            if (entry.previous() != outer) {
                outer.remembered.add(entry);
            }
            entry.state().rememberedIn = outer;
        }
    }

    /** This level ended: its objects belong to the level that remembered them before, if any. */
    void forgetRemembered() {
        for (Remembered entry : remembered) {
            if (entry.state().rememberedIn == this) {
                entry.state().rememberedIn = entry.previous();
            }
        }
    }
}
