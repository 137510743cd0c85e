package dev.athanor.exc;

/** Root of every exception Athanor raises; unchecked, like every SQLAlchemy error. */
public class AthanorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AthanorException(String message) {
        super(message);
    }

    public AthanorException(String message, Throwable cause) {
        super(message, cause);
    }
}
