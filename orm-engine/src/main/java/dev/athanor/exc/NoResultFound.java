package dev.athanor.exc;

/** {@code one()} or {@code scalarOne()} found no row. */
public class NoResultFound extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public NoResultFound(String message) {
        super(message);
    }
}
