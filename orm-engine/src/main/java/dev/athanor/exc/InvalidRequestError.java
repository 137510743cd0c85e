package dev.athanor.exc;

/** The call is not valid in the current state of the object it was made on. */
public class InvalidRequestError extends AthanorException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestError(String message) {
        super(message);
    }

    public InvalidRequestError(String message, Throwable cause) {
        super(message, cause);
    }
}
