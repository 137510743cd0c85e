package dev.athanor.autoconfigure;

import dev.athanor.dialect.Dialects;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains an {@code athanor.url} the engine could not use, password masked. */
class InvalidAthanorUrlFailureAnalyzer extends AbstractFailureAnalyzer<InvalidAthanorUrlException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidAthanorUrlException cause) {
        return new FailureAnalysis(
                "athanor.url '" + cause.maskedUrl() + "' is invalid: " + cause.reason(),
                "Correct athanor.url. It takes the SQLAlchemy form dialect[+driver]://user:password@host:port/database"
                        + " (known dialects: " + String.join(", ", Dialects.knownSchemes()) + ") or a jdbc: URL, and"
                        + " the dialect's JDBC driver must be on the classpath.",
                cause);
    }
}
