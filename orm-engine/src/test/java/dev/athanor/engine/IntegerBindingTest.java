package dev.athanor.engine;

import static dev.athanor.sql.Sql.insert;
import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.ArgumentError;
import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import dev.athanor.types.Types;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Integer columns take any integral class that fits, and refuse what does not fit before sending. */
class IntegerBindingTest {
    private static final MetaData METADATA = new MetaData();
    private static final Table COUNTS = METADATA.table("ib_counts", Column.of("id", Types.INTEGER).primaryKey(),
            Column.of("small", Types.SMALL_INTEGER), Column.of("big", Types.BIG_INTEGER));

    @DatabaseTest
    void integralValuesOfAnyClassBindToIntegerColumns(TestDb db) {
        METADATA.dropAll(db.engine());
        METADATA.createAll(db.engine());
        try (Connection conn = db.engine().connect()) {
            conn.execute(insert(COUNTS), List.of(Map.of("id", 1L, "small", 7, "big", BigInteger.TEN),
                    Map.of("id", (short) 2, "small", 8L, "big", 3)));
            conn.commit();
            assertThat(conn.execute(select(COUNTS.c("id")).where(COUNTS.c("id", Integer.class).in(List.of(1, 2))))
                    .scalars().all()).hasSize(2);
            assertThat(conn.execute(text("SELECT small FROM ib_counts WHERE id = :id").bindType("id", Types.INTEGER),
                    Map.of("id", 2L)).<Number>scalar().intValue()).isEqualTo(8);
        } finally {
            METADATA.dropAll(db.engine());
        }
    }

    @DatabaseTest
    void valuesOutOfRangeAreRefusedNamingTheType(TestDb db) {
        METADATA.dropAll(db.engine());
        METADATA.createAll(db.engine());
        try (Connection conn = db.engine().connect()) {
            assertThatThrownBy(() -> conn.execute(insert(COUNTS).values(Map.of("id", 3_000_000_000L))))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("3000000000").hasMessageContaining("INTEGER");
            assertThatThrownBy(() -> conn.execute(insert(COUNTS).values(Map.of("id", 1, "small", 40_000))))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("SMALLINT");
            assertThatThrownBy(() -> conn.execute(insert(COUNTS).values(Map.of("id", 1, "big", 1.5))))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("Double");
            conn.rollback();
            assertThat(conn.execute(text("SELECT COUNT(*) FROM ib_counts")).<Number>scalar().intValue()).isZero();
        } finally {
            METADATA.dropAll(db.engine());
        }
    }
}
