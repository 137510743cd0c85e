package dev.athanor.autoconfigure.orm;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Lists every difference {@code athanor.schema.action=validate} found. */
class SchemaValidationFailureAnalyzer extends AbstractFailureAnalyzer<SchemaValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SchemaValidationException cause) {
        StringBuilder description = new StringBuilder("The database schema does not match the mapped entities:\n");
        cause.differences().forEach(difference -> description.append("\n    - ").append(difference));
        return new FailureAnalysis(description.toString(),
                "Run the pending migrations (Flyway, Liquibase or Athanor's), or set athanor.schema.action=create"
                        + " during development, or fix the mappings listed above.",
                cause);
    }
}
