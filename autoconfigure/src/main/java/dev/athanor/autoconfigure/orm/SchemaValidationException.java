package dev.athanor.autoconfigure.orm;

import java.util.List;

/** Thrown at startup by {@code athanor.schema.action=validate} when the live schema differs. */
public class SchemaValidationException extends RuntimeException {
    private final List<String> differences;

    SchemaValidationException(List<String> differences) {
        super("The database schema does not match the mapped entities: " + String.join("; ", differences));
        this.differences = List.copyOf(differences);
    }

    /** Each difference, one sentence each. */
    public List<String> differences() {
        return differences;
    }
}
