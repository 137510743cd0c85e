package dev.athanor.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.autoconfigure.AthanorProperties.NPlusOneMode;
import dev.athanor.autoconfigure.AthanorProperties.SchemaAction;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class AthanorPropertiesTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withUserConfiguration(PropertiesConfiguration.class);

    @Test
    void defaultsFollowSqlAlchemy() {
        contextRunner.run(context -> {
            AthanorProperties properties = context.getBean(AthanorProperties.class);
            assertThat(properties.getPool().getSize()).isEqualTo(5);
            assertThat(properties.getPool().getMaxOverflow()).isEqualTo(10);
            assertThat(properties.getPool().getTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(properties.getSession().isExpireOnCommit()).isTrue();
            assertThat(properties.getSession().isAutoflush()).isTrue();
            assertThat(properties.getSchema().getAction()).isEqualTo(SchemaAction.NONE);
            assertThat(properties.getWeb().isSessionPerRequest()).isTrue();
            assertThat(properties.getDiagnostics().getNPlusOne()).isEqualTo(NPlusOneMode.WARN);
        });
    }

    @Test
    void everyPropertyBindsFromItsKebabCaseName() {
        contextRunner.withPropertyValues("athanor.session.expire-on-commit=false", "athanor.session.autoflush=false",
                "athanor.entity-packages=com.example.a,com.example.b", "athanor.schema.action=create-drop",
                "athanor.web.session-per-request=false", "athanor.diagnostics.n-plus-one=raise",
                "athanor.diagnostics.n-plus-one-threshold=3", "athanor.diagnostics.slow-query-threshold=250ms")
                .run(context -> {
                    AthanorProperties properties = context.getBean(AthanorProperties.class);
                    assertThat(properties.getSession().isExpireOnCommit()).isFalse();
                    assertThat(properties.getSession().isAutoflush()).isFalse();
                    assertThat(properties.getEntityPackages()).containsExactly("com.example.a", "com.example.b");
                    assertThat(properties.getSchema().getAction()).isEqualTo(SchemaAction.CREATE_DROP);
                    assertThat(properties.getWeb().isSessionPerRequest()).isFalse();
                    assertThat(properties.getDiagnostics().getNPlusOne()).isEqualTo(NPlusOneMode.RAISE);
                    assertThat(properties.getDiagnostics().getNPlusOneThreshold()).isEqualTo(3);
                    assertThat(properties.getDiagnostics().getSlowQueryThreshold()).isEqualTo(Duration.ofMillis(250));
                });
    }

    @Test
    void negativePoolSizeFailsStartupNamingTheProperty() {
        contextRunner.withPropertyValues("athanor.pool.size=-1").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("athanor.pool.size"));
    }

    @Test
    void negativeOverflowFailsStartupNamingTheProperty() {
        contextRunner.withPropertyValues("athanor.pool.max-overflow=-2").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("athanor.pool.max-overflow"));
    }

    @Test
    void negativeStatementTimeoutFailsStartupNamingTheProperty() {
        contextRunner.withPropertyValues("athanor.pool.statement-timeout=-5s").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("athanor.pool.statement-timeout"));
    }

    @Test
    void malformedDurationFailsStartupNamingTheProperty() {
        contextRunner.withPropertyValues("athanor.pool.timeout=soon").run(context -> assertThat(context)
                .getFailure().cause().hasMessageContaining("athanor.pool.timeout"));
    }

    @Test
    void unknownSchemaActionFailsStartupNamingTheProperty() {
        contextRunner.withPropertyValues("athanor.schema.action=sometimes").run(context -> assertThat(context)
                .getFailure().cause().hasMessageContaining("athanor.schema.action"));
    }

    @Test
    void unknownNPlusOneModeFailsStartupNamingTheProperty() {
        contextRunner.withPropertyValues("athanor.diagnostics.n-plus-one=loud").run(context -> assertThat(context)
                .getFailure().cause().hasMessageContaining("athanor.diagnostics.n-plus-one"));
    }

    @Test
    void zeroNPlusOneThresholdFailsStartupNamingTheProperty() {
        contextRunner.withPropertyValues("athanor.diagnostics.n-plus-one-threshold=0").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("athanor.diagnostics.n-plus-one-threshold"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AthanorProperties.class)
    static class PropertiesConfiguration {
    }
}
