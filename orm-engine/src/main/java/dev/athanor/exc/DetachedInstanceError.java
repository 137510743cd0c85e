package dev.athanor.exc;

/** An unloaded attribute of an object no longer in a session was accessed, so it cannot be loaded. */
public class DetachedInstanceError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public DetachedInstanceError(String message) {
        super(message);
    }
}
