package dev.athanor.migrate.script;

/** A revision id, prefix, label or relative target names no revision, or more than one. */
public class ResolutionError extends RevisionError {
    private static final long serialVersionUID = 1L;
    private final String argument;

    public ResolutionError(String message, String argument) {
        super(message);
        this.argument = argument;
    }

    /** The target or identifier that could not be resolved. */
    public String argument() {
        return argument;
    }
}
