package dev.athanor.exc;

/** A row or table was asked for a column it does not have. */
public class NoSuchColumnError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public NoSuchColumnError(String message) {
        super(message);
    }
}
