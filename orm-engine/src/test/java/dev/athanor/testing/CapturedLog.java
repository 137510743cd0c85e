package dev.athanor.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * What one logger writes during each test, from {@code level} up: register it with
 * {@code @RegisterExtension final CapturedLog log = new CapturedLog("athanor.engine", Level.INFO);}.
 * The logger's level and appenders are as before once the test ends.
 */
public final class CapturedLog implements BeforeEachCallback, AfterEachCallback {
    private final Logger logger;
    private final Level level;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level before;

    /** Captures logger {@code name} at {@code level} and above. */
    public CapturedLog(String name, Level level) {
        this.logger = (Logger) LoggerFactory.getLogger(name);
        this.level = level;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        appender.list.clear();
        appender.start();
        before = logger.getLevel();
        logger.addAppender(appender);
        logger.setLevel(level);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        logger.detachAppender(appender);
        logger.setLevel(before);
    }

    /** The events logged so far in this test. */
    public List<ILoggingEvent> events() {
        return appender.list;
    }

    /** The formatted messages logged so far in this test, in order. */
    public List<String> messages() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
