package dev.athanor.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.autoconfigure.fixture.FixtureConfiguration;
import dev.athanor.autoconfigure.fixture.Note;
import dev.athanor.autoconfigure.fixture.OrmContexts;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.support.TransactionTemplate;

class AthanorSessionMetricsTests {

    private final ApplicationContextRunner contextRunner = OrmContexts.ormWithMetrics(FixtureConfiguration.class);

    @Test
    void flushesAreTimedAndTheirRowsCountedByOperation() {
        contextRunner.run(context -> {
            TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
            Session session = context.getBean(Session.class);
            List<Long> ids = transactions.execute(status -> {
                Note first = new Note("one");
                Note second = new Note("two");
                Note third = new Note("three");
                session.addAll(List.of(first, second, third));
                session.flush();
                return List.of(first.getId(), second.getId());
            });
            transactions.executeWithoutResult(status -> {
                session.get(Note.class, ids.get(0)).setTitle("uno");
                session.delete(session.get(Note.class, ids.get(1)));
            });
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get("athanor.session.flush.rows").tag("operation", "insert").counter().count()).isEqualTo(3);
            assertThat(registry.get("athanor.session.flush.rows").tag("operation", "update").counter().count()).isEqualTo(1);
            assertThat(registry.get("athanor.session.flush.rows").tag("operation", "delete").counter().count()).isEqualTo(1);
            // the explicit flush; the autoflush of the rename before the second get; the commit's flush
            assertThat(registry.get("athanor.session.flush").timer().count()).isEqualTo(3);
        });
    }

    @Test
    void activeSessionsCountsSessionsOpenInTransactions() {
        contextRunner.run(context -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
            double inside = transactions.execute(status -> registry.get("athanor.sessions.active").gauge().value());
            assertThat(inside).isEqualTo(1);
            assertThat(registry.get("athanor.sessions.active").gauge().value()).isZero();
        });
    }

    @Test
    void activeSessionsCountsEverySessionTheFactoryOpens() {
        contextRunner.run(context -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            SessionFactory factory = context.getBean(SessionFactory.class);
            Session first = factory.open();
            Session second = factory.open();
            assertThat(registry.get("athanor.sessions.active").gauge().value()).isEqualTo(2);
            first.close();
            first.close();
            assertThat(registry.get("athanor.sessions.active").gauge().value()).isEqualTo(1);
            second.close();
            assertThat(registry.get("athanor.sessions.active").gauge().value()).isZero();
        });
    }
}
