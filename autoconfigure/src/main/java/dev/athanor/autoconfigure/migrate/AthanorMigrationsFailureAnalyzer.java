package dev.athanor.autoconfigure.migrate;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a startup stopped by the migrations: which revision, which SQL, the database's error, what to do. */
class AthanorMigrationsFailureAnalyzer extends AbstractFailureAnalyzer<AthanorMigrationsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AthanorMigrationsException cause) {
        return new FailureAnalysis(cause.description(), cause.action(), cause);
    }
}
