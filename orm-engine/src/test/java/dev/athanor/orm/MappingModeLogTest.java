package dev.athanor.orm;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.enhanced.Stamp;
import dev.athanor.schema.MetaData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Mapping says once per class, at INFO on {@code athanor.orm}, which mode the class uses: enhanced
 * at build time, a runtime subclass (a plain class with relationships), or plain. The classes here
 * are mapped by no other test, so their lines appear in this test (the log is once per JVM).
 */
class MappingModeLogTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger("athanor.orm");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void capture() {
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.INFO);
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
        logger.setLevel(null);
    }

    @Test
    void eachClassSaysItsModeOnceHoweverOftenItIsMapped() {
        Registry.of(new MetaData(), List.of(Stamp.class, Shipment.class, Parcel.class));
        Registry.of(new MetaData(), List.of(Stamp.class, Shipment.class, Parcel.class));

        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage).containsExactlyInAnyOrder(
                "Mapped class " + Stamp.class.getName() + ": enhanced at build time: attribute events on every instance",
                "Mapped class " + Shipment.class.getName()
                        + ": runtime subclass for loaded objects; changes found by comparing snapshots",
                "Mapped class " + Parcel.class.getName() + ": plain class; changes found by comparing snapshots");
        assertThat(appender.list).extracting(ILoggingEvent::getLevel).containsOnly(Level.INFO);
    }

    @Table("log_shipment")
    static class Shipment {
        @Column(primaryKey = true)
        Long id;
        @Relationship
        List<Parcel> parcels;
    }

    @Table("log_parcel")
    static class Parcel {
        @Column(primaryKey = true)
        Long id;
        @ForeignKey("log_shipment.id")
        Long shipmentId;
    }
}
