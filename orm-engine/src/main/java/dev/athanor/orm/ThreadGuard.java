package dev.athanor.orm;

import dev.athanor.exc.InvalidRequestError;

/**
 * Detects a session used by two threads at once: the first thread to enter owns it until it
 * leaves its outermost call; another thread entering meanwhile gets an error instead of
 * corrupting the identity map. Re-entry by the owner (a listener calling the session) is fine.
 */
final class ThreadGuard {
    private Thread owner;
    private int depth;

    synchronized void enter(Session session) {
        Thread current = Thread.currentThread();
        if (owner != null && owner != current) {
            throw new InvalidRequestError("Session " + Integer.toHexString(System.identityHashCode(session))
                    + " is in use by thread '" + owner.getName() + "' and was called from thread '" + current.getName()
                    + "'; a Session is for one thread at a time, open one per thread (or use ScopedSession)");
        }
        owner = current;
        depth++;
    }

    synchronized void exit() {
        if (--depth == 0) {
            owner = null;
        }
    }
}
