package dev.athanor.autoconfigure;

import dev.athanor.exc.MappingError;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports an entity class Athanor cannot map, naming the class and field at fault. */
class AthanorMappingFailureAnalyzer extends AbstractFailureAnalyzer<MappingError> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MappingError cause) {
        return new FailureAnalysis(
                "Athanor could not map the entity classes: " + cause.getMessage(),
                "Fix the mapping annotations (@Table, @Column, @ForeignKey, @Relationship) named above, or narrow"
                        + " athanor.entity-packages to the packages that hold your entities.",
                cause);
    }
}
