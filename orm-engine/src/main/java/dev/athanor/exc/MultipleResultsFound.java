package dev.athanor.exc;

/** {@code one()} or {@code oneOrNone()} found more than one row. */
public class MultipleResultsFound extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public MultipleResultsFound(String message) {
        super(message);
    }
}
