package dev.athanor.orm;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.enhanced.Stamp;
import dev.athanor.schema.MetaData;
import dev.athanor.testing.CapturedLog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mapping says once per class, at INFO on {@code athanor.orm}, which mode the class uses: enhanced
 * at build time, a runtime subclass (a plain class with relationships), or plain. The classes here
 * are mapped by no other test, so their lines appear in this test (the log is once per JVM).
 */
class MappingModeLogTest {
    @RegisterExtension
    final CapturedLog log = new CapturedLog("athanor.orm", Level.INFO);

    @Test
    void eachClassSaysItsModeOnceHoweverOftenItIsMapped() {
        Registry.of(new MetaData(), List.of(Stamp.class, Shipment.class, Parcel.class));
        Registry.of(new MetaData(), List.of(Stamp.class, Shipment.class, Parcel.class));

        assertThat(log.messages()).containsExactlyInAnyOrder(
                "Mapped class " + Stamp.class.getName() + ": enhanced at build time: attribute events on every instance",
                "Mapped class " + Shipment.class.getName()
                        + ": runtime subclass for loaded objects; changes found by comparing snapshots",
                "Mapped class " + Parcel.class.getName() + ": plain class; changes found by comparing snapshots");
        assertThat(log.events()).extracting(ILoggingEvent::getLevel).containsOnly(Level.INFO);
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
