package dev.athanor.engine;

import static dev.athanor.sql.Sql.insert;
import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import dev.athanor.types.Types;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Every built-in type goes in and comes back equal, nulls included, on every database. */
class TypeRoundTripTest {
    enum Mood { HAPPY, GRUMPY }

    private final MetaData metadata = new MetaData();
    private final Column<Integer> id = Column.of("id", Types.INTEGER).primaryKey();
    private final Column<Short> small = Column.of("small", Types.SMALL_INTEGER);
    private final Column<Long> big = Column.of("big", Types.BIG_INTEGER);
    private final Column<String> str = Column.of("str", Types.string(50));
    private final Column<String> txt = Column.of("txt", Types.TEXT);
    private final Column<String> uni = Column.of("uni", Types.unicode(50));
    private final Column<Boolean> flag = Column.of("flag", Types.BOOLEAN);
    private final Column<Float> real = Column.of("real_value", Types.FLOAT);
    private final Column<Double> dbl = Column.of("dbl", Types.DOUBLE);
    private final Column<BigDecimal> num = Column.of("num", Types.numeric(38, 12));
    private final Column<LocalDate> day = Column.of("day", Types.DATE);
    private final Column<LocalTime> time = Column.of("time_of_day", Types.TIME);
    private final Column<LocalDateTime> stamp = Column.of("stamp", Types.DATETIME);
    private final Column<OffsetDateTime> stampTz = Column.of("stamp_tz", Types.DATETIME_TZ);
    private final Column<Duration> span = Column.of("span", Types.INTERVAL);
    private final Column<Object> doc = Column.of("doc", Types.JSON);
    private final Column<byte[]> blob = Column.of("blob", Types.LARGE_BINARY);
    private final Column<Mood> mood = Column.of("mood", Types.enumType(Mood.class, "rt_mood"));
    private final Column<UUID> uid = Column.of("uid", Types.UUID_TYPE);
    private final Table table = metadata.table("rt_types", id, small, big, str, txt, uni, flag, real, dbl, num, day,
            time, stamp, stampTz, span, doc, blob, mood, uid);

    private Row roundTrip(TestDb db, Map<Column<?>, Object> values) {
        metadata.dropAll(db.engine());
        metadata.createAll(db.engine());
        try (Connection conn = db.engine().connect()) {
            conn.execute(insert(table).values(values));
            conn.commit();
            return conn.execute(select(table).where(id.eq((Integer) values.get(id)))).one();
        } finally {
            metadata.dropAll(db.engine());
        }
    }

    @DatabaseTest
    void everyTypeComesBackAsItWent(TestDb db) {
        byte[] bytes = new byte[1024];
        new Random(7).nextBytes(bytes);
        UUID uuid = UUID.randomUUID();
        OffsetDateTime instant = OffsetDateTime.of(2024, 5, 1, 10, 30, 15, 123_456_000, ZoneOffset.ofHoursMinutes(5, 30));
        Map<Column<?>, Object> values = new HashMap<>();
        values.put(id, 1);
        values.put(small, (short) -32_000);
        values.put(big, 9_007_199_254_740_993L);
        values.put(str, "plain ascii");
        values.put(txt, "multi\nline 'quoted' text");
        values.put(uni, "héllo wörld ✓ 😀");
        values.put(flag, true);
        values.put(real, 1.5f);
        values.put(dbl, Math.PI);
        values.put(num, new BigDecimal("31943874831932418390.01"));
        values.put(day, LocalDate.of(1999, 12, 31));
        values.put(time, LocalTime.of(13, 45, 30));
        values.put(stamp, LocalDateTime.of(2024, 2, 29, 23, 59, 58, 654_321_000));
        values.put(stampTz, instant);
        values.put(span, Duration.ofHours(26).plusMinutes(3).plusSeconds(4).plusMillis(5));
        values.put(doc, Map.of("name", "Ada", "tags", List.of("x", "y"), "age", 36));
        values.put(blob, bytes);
        values.put(mood, Mood.GRUMPY);
        values.put(uid, uuid);

        Row row = roundTrip(db, values);

        assertThat(row.get(small)).isEqualTo((short) -32_000);
        assertThat(row.get(big)).isEqualTo(9_007_199_254_740_993L);
        assertThat(row.get(str)).isEqualTo("plain ascii");
        assertThat(row.get(txt)).isEqualTo("multi\nline 'quoted' text");
        assertThat(row.get(uni)).isEqualTo("héllo wörld ✓ 😀");
        assertThat(row.get(flag)).isTrue();
        assertThat(row.get(real)).isEqualTo(1.5f);
        assertThat(row.get(dbl)).isEqualTo(Math.PI);
        assertThat(row.get(num)).isEqualByComparingTo("31943874831932418390.01");
        assertThat(row.get(day)).isEqualTo(LocalDate.of(1999, 12, 31));
        assertThat(row.get(time)).isEqualTo(LocalTime.of(13, 45, 30));
        assertThat(row.get(stamp)).isEqualTo(LocalDateTime.of(2024, 2, 29, 23, 59, 58, 654_321_000));
        assertThat(row.get(stampTz).toInstant()).isEqualTo(instant.toInstant());
        assertThat(row.get(span)).isEqualTo(Duration.ofHours(26).plusMinutes(3).plusSeconds(4).plusMillis(5));
        assertThat(row.get(doc)).isEqualTo(Map.of("name", "Ada", "tags", List.of("x", "y"), "age", 36));
        assertThat(row.get(blob)).isEqualTo(bytes);
        assertThat(row.get(mood)).isEqualTo(Mood.GRUMPY);
        assertThat(row.get(uid)).isEqualTo(uuid);
    }

    @DatabaseTest
    void nullsComeBackAsNullForEveryType(TestDb db) {
        Map<Column<?>, Object> values = new HashMap<>();
        for (Column<?> column : table.columns()) {
            values.put(column, null);
        }
        values.put(id, 2);
        Row row = roundTrip(db, values);
        for (Column<?> column : table.columns()) {
            if (column != id) {
                assertThat(row.get(column)).as(column.name()).isNull();
            }
        }
    }

    /** One value per statement: MariaDB's default max_allowed_packet (16 MB) caps a whole packet. */
    @DatabaseTest
    void tenMegabytesOfTextAndOfBinaryRoundTrip(TestDb db) {
        String text = "0123456789abcdef".repeat(10 * 1024 * 1024 / 16);
        byte[] bytes = new byte[10 * 1024 * 1024];
        new Random(11).nextBytes(bytes);
        Map<Column<?>, Object> textRow = new HashMap<>();
        textRow.put(id, 3);
        textRow.put(txt, text);
        assertThat(roundTrip(db, textRow).get(txt)).hasSize(text.length()).isEqualTo(text);
        Map<Column<?>, Object> blobRow = new HashMap<>();
        blobRow.put(id, 4);
        blobRow.put(blob, bytes);
        assertThat(roundTrip(db, blobRow).get(blob)).isEqualTo(bytes);
    }
}
