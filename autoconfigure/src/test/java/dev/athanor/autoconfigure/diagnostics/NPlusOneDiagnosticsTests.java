package dev.athanor.autoconfigure.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.autoconfigure.fixture.OrmContexts;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.orm.NPlusOneMode;
import dev.athanor.orm.SessionFactory;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code athanor.diagnostics.n-plus-one} on the session factory, and the {@code athanor.lazy.loads} counter. */
class NPlusOneDiagnosticsTests {

    private final ApplicationContextRunner contextRunner = OrmContexts.ormWithMetrics(ShelfConfiguration.class);

    @Test
    void theDetectorDefaultsToWarnAfterTenLazyLoads() {
        contextRunner.run(context -> {
            SessionFactory factory = context.getBean(SessionFactory.class);
            assertThat(factory.nPlusOneMode()).isEqualTo(NPlusOneMode.WARN);
            assertThat(factory.nPlusOneThreshold()).isEqualTo(10);
        });
    }

    @Test
    void modeAndThresholdAreBoundOntoTheSessionFactory() {
        contextRunner.withPropertyValues("athanor.diagnostics.n-plus-one=off",
                "athanor.diagnostics.n-plus-one-threshold=25").run(context -> {
            SessionFactory factory = context.getBean(SessionFactory.class);
            assertThat(factory.nPlusOneMode()).isEqualTo(NPlusOneMode.OFF);
            assertThat(factory.nPlusOneThreshold()).isEqualTo(25);
        });
    }

    @Test
    void raiseFailsAServiceThatLoopsOverLazyCollectionsPastTheThreshold() {
        contextRunner.withPropertyValues("athanor.diagnostics.n-plus-one=raise",
                "athanor.diagnostics.n-plus-one-threshold=3").run(context -> {
            ShelfService shelves = context.getBean(ShelfService.class);
            shelves.stock(5);
            assertThatThrownBy(shelves::countBooksLazily).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("Shelf.books").hasMessageContaining("selectinLoad(Shelf_.books)");
        });
    }

    @Test
    void raisePassesOnceTheQueryUsesSelectinLoad() {
        contextRunner.withPropertyValues("athanor.diagnostics.n-plus-one=raise",
                "athanor.diagnostics.n-plus-one-threshold=3").run(context -> {
            ShelfService shelves = context.getBean(ShelfService.class);
            shelves.stock(5);
            assertThat(shelves.countBooksWithSelectin()).isEqualTo(5);
            assertThat(context.getBean(MeterRegistry.class).find("athanor.lazy.loads").counter()).isNull();
        });
    }

    @Test
    void lazyLoadsAreCountedByRelationship() {
        contextRunner.withPropertyValues("athanor.diagnostics.n-plus-one=off").run(context -> {
            ShelfService shelves = context.getBean(ShelfService.class);
            shelves.stock(4);
            assertThat(shelves.countBooksLazily()).isEqualTo(4);
            assertThat(shelves.countBooksWithSelectin()).isEqualTo(4);
            assertThat(shelves.countBooksLazily()).isEqualTo(4);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get("athanor.lazy.loads").tag("relationship", "Shelf.books").counter().count())
                    .isEqualTo(8);
        });
    }
}
