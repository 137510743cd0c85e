package dev.athanor.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.autoconfigure.fixture.FixtureConfiguration;
import dev.athanor.autoconfigure.orm.AthanorOrmAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

class AthanorFailureAnalyzersTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AthanorAutoConfiguration.class, AthanorOrmAutoConfiguration.class))
            .withUserConfiguration(FixtureConfiguration.class);

    @Test
    void unreachableDatabaseIsReportedWithTheUrlPasswordMasked() {
        String url = "postgresql://scott:tiger@127.0.0.1:1/app";
        contextRunner.withPropertyValues("athanor.url=" + url, "athanor.pool.timeout=1s",
                "athanor.schema.action=validate").run(context -> {
                    assertThat(context).hasFailed();
                    MockEnvironment environment = new MockEnvironment().withProperty("athanor.url", url);
                    FailureAnalysis analysis = new AthanorConnectionFailureAnalyzer(environment)
                            .analyze(context.getStartupFailure());
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription()).contains("could not connect")
                            .contains("postgresql://scott:***@127.0.0.1:1/app").doesNotContain("tiger");
                    assertThat(analysis.getAction()).contains("athanor.url");
                });
    }

    @Test
    void mappingErrorsAreReportedWithTheFix() {
        contextRunner.withPropertyValues("athanor.url=h2:///:memory:",
                "athanor.entity-packages=dev.athanor.autoconfigure.no.entities").run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = new AthanorMappingFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("dev.athanor.autoconfigure.no.entities");
                    assertThat(analysis.getAction()).contains("athanor.entity-packages");
                });
    }

    @Test
    void otherFailuresAreLeftToOtherAnalyzers() {
        assertThat(new AthanorConnectionFailureAnalyzer(new MockEnvironment())
                .analyze(new IllegalStateException("unrelated"))).isNull();
    }
}
