package dev.athanor.exc;

/** The driver itself failed, rather than the database. */
public class InterfaceError extends DBAPIError {
    private static final long serialVersionUID = 1L;

    public InterfaceError(Details details, Throwable cause) {
        super(details, cause);
    }
}
