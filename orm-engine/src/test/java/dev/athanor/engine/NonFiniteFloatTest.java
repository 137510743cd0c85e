package dev.athanor.engine;

import static dev.athanor.sql.Sql.insert;
import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.dialect.Capability;
import dev.athanor.exc.DataError;
import dev.athanor.orm.Registry;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.orm.model.Measurement;
import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.Requires;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import dev.athanor.types.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * NaN and ±Infinity: stored and read back where the database keeps them, refused before sending
 * (naming the parameter and the value) where it would store NULL or fail obscurely.
 */
class NonFiniteFloatTest {
    private static final MetaData METADATA = new MetaData();
    private static final Table READINGS = METADATA.table("nf_readings", Column.of("id", Types.INTEGER).primaryKey(),
            Column.of("ratio", Types.FLOAT), Column.of("reading", Types.DOUBLE));
    private static final List<Double> DOUBLES = List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    private static final List<Float> FLOATS = List.of(Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY);

    private static Map<String, Object> row(int id, Float ratio, Double reading) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("ratio", ratio);
        row.put("reading", reading);
        return row;
    }

    private static long count(Connection conn, String table) {
        return conn.execute(text("SELECT COUNT(*) FROM " + table)).<Number>scalar().longValue();
    }

    @DatabaseTest
    @Requires(Capability.NON_FINITE_FLOATS)
    void nonFiniteFloatsAndDoublesRoundTripInCore(TestDb db) {
        METADATA.dropAll(db.engine());
        METADATA.createAll(db.engine());
        try (Connection conn = db.engine().connect()) {
            for (int i = 0; i < 3; i++) {
                conn.execute(insert(READINGS).values(row(i, FLOATS.get(i), DOUBLES.get(i))));
            }
            conn.commit();
            assertThat(conn.execute(select(READINGS.c("reading")).orderBy(READINGS.c("id"))).scalars().all())
                    .containsExactlyElementsOf(DOUBLES);
            assertThat(conn.execute(select(READINGS.c("ratio")).orderBy(READINGS.c("id"))).scalars().all())
                    .extracting(v -> ((Number) v).floatValue()).containsExactlyElementsOf(FLOATS);
        } finally {
            METADATA.dropAll(db.engine());
        }
    }

    @DatabaseTest(only = {TestDatabase.SQLITE, TestDatabase.MARIADB})
    void nonFiniteValuesAreRefusedBeforeSendingInCore(TestDb db) {
        METADATA.dropAll(db.engine());
        METADATA.createAll(db.engine());
        try (Connection conn = db.engine().connect()) {
            for (Double value : DOUBLES) {
                assertThatThrownBy(() -> conn.execute(insert(READINGS).values(row(1, 1f, value))))
                        .isInstanceOf(DataError.class).hasMessageContaining("'reading'")
                        .hasMessageContaining(String.valueOf(value)).hasMessageContaining(db.dialect().name());
            }
            for (Float value : FLOATS) {
                assertThatThrownBy(() -> conn.execute(insert(READINGS).values(row(1, value, 1.0))))
                        .isInstanceOf(DataError.class).hasMessageContaining("'ratio'")
                        .hasMessageContaining(String.valueOf(value));
            }
            assertThatThrownBy(() -> conn.execute(insert(READINGS), List.of(row(1, 1f, 1.0), row(2, 1f, Double.NaN))))
                    .isInstanceOf(DataError.class).hasMessageContaining("parameter set 1");
            assertThatThrownBy(() -> conn.execute(text("UPDATE nf_readings SET reading = :r"), Map.of("r", Double.NaN)))
                    .isInstanceOf(DataError.class).hasMessageContaining("'r'");
            conn.commit();
            assertThat(count(conn, "nf_readings")).isZero();
        } finally {
            METADATA.dropAll(db.engine());
        }
    }

    @DatabaseTest
    @Requires(Capability.NON_FINITE_FLOATS)
    void nonFiniteValuesRoundTripThroughTheOrm(TestDb db) {
        Registry registry = Registry.of(new MetaData(), List.of(Measurement.class));
        registry.metadata().dropAll(db.engine());
        registry.metadata().createAll(db.engine());
        try {
            SessionFactory sessions = SessionFactory.builder(db.engine(), registry).build();
            try (Session s = sessions.open()) {
                for (int i = 0; i < 3; i++) {
                    s.add(new Measurement(i, FLOATS.get(i), DOUBLES.get(i)));
                }
                s.commit();
            }
            try (Session s = sessions.open()) {
                for (int i = 0; i < 3; i++) {
                    Measurement m = s.get(Measurement.class, i);
                    assertThat(m.getReading()).isEqualTo(DOUBLES.get(i));
                    assertThat(m.getRatio()).isEqualTo(FLOATS.get(i));
                }
            }
        } finally {
            registry.metadata().dropAll(db.engine());
        }
    }

    @DatabaseTest(only = {TestDatabase.SQLITE, TestDatabase.MARIADB})
    void nonFiniteValuesAreRefusedByTheOrmFlushAndNothingIsWritten(TestDb db) {
        Registry registry = Registry.of(new MetaData(), List.of(Measurement.class));
        registry.metadata().dropAll(db.engine());
        registry.metadata().createAll(db.engine());
        try {
            SessionFactory sessions = SessionFactory.builder(db.engine(), registry).build();
            try (Session s = sessions.open()) {
                s.add(new Measurement(1, 0.5f, 2.0));
                s.add(new Measurement(2, Float.POSITIVE_INFINITY, 2.0));
                assertThatThrownBy(s::commit).isInstanceOf(DataError.class).hasMessageContaining("Infinity")
                        .hasMessageContaining("ratio");
            }
            try (Connection conn = db.engine().connect()) {
                assertThat(count(conn, "nf_measurement")).isZero();
            }
        } finally {
            registry.metadata().dropAll(db.engine());
        }
    }
}
