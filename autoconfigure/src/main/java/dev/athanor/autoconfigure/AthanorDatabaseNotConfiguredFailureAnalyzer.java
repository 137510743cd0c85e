package dev.athanor.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains how to give Athanor a database when it found none, or too many DataSources. */
class AthanorDatabaseNotConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<AthanorDatabaseNotConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AthanorDatabaseNotConfiguredException cause) {
        if (cause.dataSourceBeans().isEmpty()) {
            return new FailureAnalysis(
                    "Athanor has no database to connect to: athanor.url is not set and the application has no"
                            + " DataSource bean.",
                    "Set athanor.url (for example postgresql://user:password@localhost:5432/app or h2:///./data/app),"
                            + " or spring.datasource.url, or put an embedded database such as H2 on the classpath.",
                    cause);
        }
        return new FailureAnalysis(
                "Athanor found " + cause.dataSourceBeans().size() + " DataSource beans " + cause.dataSourceBeans()
                        + " and will not guess which one to use.",
                "Mark one DataSource @Primary, set athanor.url, or define your own Engine bean for each database.",
                cause);
    }
}
