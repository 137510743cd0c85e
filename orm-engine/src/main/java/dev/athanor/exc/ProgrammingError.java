package dev.athanor.exc;

/** The SQL was wrong: syntax error, unknown table or column, permission denied. */
public class ProgrammingError extends DBAPIError {
    private static final long serialVersionUID = 1L;

    public ProgrammingError(Details details, Throwable cause) {
        super(details, cause);
    }
}
