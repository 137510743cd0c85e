package dev.athanor.exc;

/** A relationship configured (or optioned) to raise was accessed before it was loaded. */
public class LazyLoadError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public LazyLoadError(String message) {
        super(message);
    }
}
