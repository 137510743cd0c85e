package dev.athanor.exc;

/**
 * A mapped class that cannot be turned into a table: raised when a {@code Registry} is built, and
 * naming the class, the field and what to change.
 */
public class MappingError extends ArgumentError {
    private static final long serialVersionUID = 1L;

    public MappingError(String message) {
        super(message);
    }

    public MappingError(String message, Throwable cause) {
        super(message, cause);
    }
}
