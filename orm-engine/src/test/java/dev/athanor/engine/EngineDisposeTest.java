package dev.athanor.engine;

import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Disposing an engine is quiet: HikariCP's shutdown has nothing to warn about. */
class EngineDisposeTest {

    @DatabaseTest
    void disposingAnEngineThatWasUsedLogsNoWarning(TestDb db) {
        List<ILoggingEvent> events = captureWhile(() -> {
            Engine engine = db.newEngine(EngineOptions.DEFAULTS);
            engine.transaction(conn -> conn.execute(text("SELECT 1")));
            engine.dispose();
        });
        assertThat(events).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        assertThat(events).extracting(ILoggingEvent::getFormattedMessage)
                .as("HikariCP's own shutdown messages were captured").anyMatch(m -> m.contains("Shutdown completed"));
    }

    @DatabaseTest
    void closingAnEngineThatNeverConnectedLogsNoWarning(TestDb db) {
        List<ILoggingEvent> events = captureWhile(() -> db.newEngine(EngineOptions.DEFAULTS).close());
        assertThat(events).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    /** Everything HikariCP and Athanor log at INFO and above while the work runs. */
    private static List<ILoggingEvent> captureWhile(Runnable work) {
        Logger hikari = (Logger) LoggerFactory.getLogger("com.zaxxer.hikari");
        Logger athanor = (Logger) LoggerFactory.getLogger("athanor");
        Level hikariLevel = hikari.getLevel();
        Level athanorLevel = athanor.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        hikari.addAppender(appender);
        athanor.addAppender(appender);
        hikari.setLevel(Level.INFO);
        athanor.setLevel(Level.INFO);
        try {
            work.run();
        } finally {
            hikari.detachAppender(appender);
            athanor.detachAppender(appender);
            hikari.setLevel(hikariLevel);
            athanor.setLevel(athanorLevel);
            appender.stop();
        }
        return List.copyOf(appender.list);
    }
}
