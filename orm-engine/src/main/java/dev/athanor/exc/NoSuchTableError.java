package dev.athanor.exc;

/** Reflection was asked for a table the database does not have. */
public class NoSuchTableError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public NoSuchTableError(String message) {
        super(message);
    }
}
