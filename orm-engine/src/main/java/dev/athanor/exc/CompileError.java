package dev.athanor.exc;

/** A statement or DDL construct that the target dialect cannot render. */
public class CompileError extends AthanorException {
    private static final long serialVersionUID = 1L;

    public CompileError(String message) {
        super(message);
    }
}
