package dev.athanor.actuate.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.actuate.fixture.LibraryContext;
import dev.athanor.actuate.fixture.LibraryDatabase;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AthanorHealthIndicatorTests {

    private final ApplicationContextRunner contextRunner = LibraryContext.on(LibraryDatabase.H2);

    @Test
    void healthIsUpWithThePoolFigures() {
        contextRunner.run(context -> {
            Health health = context.getBean(AthanorHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsKeys("database", "active", "idle", "pending", "max")
                    .doesNotContainKey("schemaDrift");
        });
    }

    @Test
    void healthReportsDriftWhenAsked() {
        contextRunner.withPropertyValues("management.health.athanor.drift=true").run(context -> assertThat(
                context.getBean(AthanorHealthIndicator.class).health().getDetails()).containsEntry("schemaDrift", false));
    }

    @Test
    void healthIsDownOnceThePoolIsClosed() {
        contextRunner.run(context -> {
            context.getBean(Engine.class).dispose();
            Health health = context.getBean(AthanorHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsKey("error");
        });
    }

    @Test
    void healthIsDownWithinItsTimeoutWhenNoConnectionIsFree() {
        contextRunner.withPropertyValues("athanor.pool.size=1", "athanor.pool.max-overflow=0",
                        "athanor.pool.timeout=30s", "management.health.athanor.timeout=300ms")
                .run(context -> {
                    Engine engine = context.getBean(Engine.class);
                    try (Connection held = engine.connect()) {
                        long start = System.nanoTime();
                        Health health = context.getBean(AthanorHealthIndicator.class).health();
                        Duration took = Duration.ofNanos(System.nanoTime() - start);
                        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                        assertThat(health.getDetails()).containsEntry("error", "no answer within 300 ms")
                                .containsEntry("active", 1);
                        assertThat(took).isLessThan(Duration.ofSeconds(5));
                    }
                });
    }

    @Test
    void failureMessagesHaveTheirCredentialsMasked() {
        assertThat(AthanorHealthIndicator.describe(new IllegalArgumentException(
                "cannot reach postgresql://scott:tiger@db/app?password=tiger")))
                .isEqualTo("IllegalArgumentException: cannot reach postgresql://scott:******@db/app?password=******");
    }
}
