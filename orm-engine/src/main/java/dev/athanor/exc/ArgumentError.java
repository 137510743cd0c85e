package dev.athanor.exc;

/** A bad argument to an Athanor API: a malformed URL, an unknown dialect, an invalid option. */
public class ArgumentError extends AthanorException {
    private static final long serialVersionUID = 1L;

    public ArgumentError(String message) {
        super(message);
    }

    public ArgumentError(String message, Throwable cause) {
        super(message, cause);
    }
}
