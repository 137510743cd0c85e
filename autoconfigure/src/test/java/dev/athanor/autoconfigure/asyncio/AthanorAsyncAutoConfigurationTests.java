package dev.athanor.autoconfigure.asyncio;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.asyncio.AsyncEngine;
import dev.athanor.asyncio.AsyncSession;
import dev.athanor.asyncio.AsyncSessionFactory;
import dev.athanor.autoconfigure.diagnostics.Shelf;
import dev.athanor.autoconfigure.diagnostics.ShelfConfiguration;
import dev.athanor.autoconfigure.diagnostics.ShelfService;
import dev.athanor.autoconfigure.fixture.OrmContexts;
import dev.athanor.engine.Engine;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.orm.SessionFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The async beans share the synchronous engine and factory, so async sessions are seen by the
 * session metrics and the N+1 detector without anything of their own.
 */
class AthanorAsyncAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = OrmContexts.ormWithMetrics(ShelfConfiguration.class)
            .withConfiguration(AutoConfigurations.of(AthanorAsyncAutoConfiguration.class));

    @Test
    void theAsyncBeansWrapTheSynchronousEngineAndFactory() {
        contextRunner.run(context -> {
            AsyncEngine engine = context.getBean(AsyncEngine.class);
            AsyncSessionFactory sessions = context.getBean(AsyncSessionFactory.class);
            assertThat(engine.syncEngine()).isSameAs(context.getBean(Engine.class));
            assertThat(sessions.engine()).isSameAs(engine);
            assertThat(sessions.syncFactory()).isSameAs(context.getBean(SessionFactory.class));
        });
    }

    @Test
    void asyncSessionsUseTheEnginesPoolAndGiveTheirConnectionsBack() {
        contextRunner.run(context -> {
            AsyncSessionFactory sessions = context.getBean(AsyncSessionFactory.class);
            Engine engine = context.getBean(Engine.class);
            int opened = engine.poolStatus().size();
            assertThat(sessions.withSession(session -> session.scalar(select(Shelf.class))).join()).isNull();
            assertThat(engine.poolStatus().size()).isEqualTo(opened);
            assertThat(engine.poolStatus().checkedOut()).isZero();
            assertThat(sessions.engine().slotsInUse()).isZero();
        });
    }

    @Test
    void asyncSessionsQueueForTheApplicationsPoolInsteadOfBlockingInIt() {
        contextRunner.withPropertyValues("spring.datasource.hikari.maximum-pool-size=3").run(context -> {
            AsyncSessionFactory sessions = context.getBean(AsyncSessionFactory.class);
            Engine engine = context.getBean(Engine.class);
            List<AsyncSession> open = List.of(sessions.open(), sessions.open(), sessions.open(), sessions.open());
            // each query leaves its session in a transaction, holding a connection until commit
            List<CompletableFuture<Shelf>> queries = open.stream()
                    .map(session -> session.scalar(select(Shelf.class))).toList();
            CompletableFuture.allOf(queries.get(0), queries.get(1), queries.get(2)).join();
            Thread.sleep(200);
            assertThat(queries.get(3)).isNotDone();
            assertThat(sessions.engine().slotsInUse()).isEqualTo(3);
            assertThat(engine.poolStatus().waiting()).isZero();
            open.get(0).close().join();
            queries.get(3).join();
            open.forEach(session -> session.close().join());
            assertThat(engine.poolStatus().checkedOut()).isZero();
        });
    }

    @Test
    void theAsyncBeansBackOffForUserDefinedOnes() {
        contextRunner.withUserConfiguration(UserAsyncConfiguration.class).run(context -> {
            assertThat(context).getBean(AsyncEngine.class).isSameAs(context.getBean("userAsyncEngine"));
            assertThat(context.getBean(AsyncSessionFactory.class).engine()).isSameAs(context.getBean("userAsyncEngine"));
        });
    }

    @Test
    void noAsyncBeansWithoutTheAsyncPackage() {
        contextRunner.withClassLoader(new FilteredClassLoader(AsyncEngine.class))
                .run(context -> assertThat(context).doesNotHaveBean("athanorAsyncEngine")
                        .doesNotHaveBean("athanorAsyncSessionFactory"));
    }

    @Test
    void asyncSessionsAreCountedByTheActiveSessionsGaugeAndTheirFlushesTimed() {
        contextRunner.run(context -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            AsyncSession session = context.getBean(AsyncSessionFactory.class).open();
            session.add(new Shelf("async"));
            session.commit().join();
            assertThat(registry.get("athanor.sessions.active").gauge().value()).isEqualTo(1);
            assertThat(registry.get("athanor.session.flush").timer().count()).isEqualTo(1);
            session.close().join();
            assertThat(registry.get("athanor.sessions.active").gauge().value()).isZero();
        });
    }

    @Test
    void theNPlusOneDetectorRaisesForLazyLoadsInRunSync() {
        contextRunner.withPropertyValues("athanor.diagnostics.n-plus-one=raise",
                "athanor.diagnostics.n-plus-one-threshold=3").run(context -> {
            context.getBean(ShelfService.class).stock(5);
            AsyncSessionFactory sessions = context.getBean(AsyncSessionFactory.class);
            assertThatThrownBy(() -> sessions.withSession(session -> session.runSync(sync -> {
                List<Shelf> shelves = sync.<Shelf>scalars(select(Shelf.class)).all();
                return shelves.stream().mapToInt(shelf -> shelf.getBooks().size()).sum();
            })).join()).isInstanceOf(CompletionException.class).cause().isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("Shelf.books").hasMessageContaining("selectinLoad(Shelf_.books)");
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get("athanor.lazy.loads").tag("relationship", "Shelf.books").counter().count())
                    .isEqualTo(3);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class UserAsyncConfiguration {

        @Bean(destroyMethod = "close")
        AsyncEngine userAsyncEngine(Engine engine) {
            return AsyncEngine.of(engine);
        }
    }
}
