package dev.athanor.engine;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.dialect.Capability;
import dev.athanor.exc.ArgumentError;
import dev.athanor.schema.Autoincrement;
import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.Select;
import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.Requires;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import dev.athanor.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * {@code in(values)} and {@code notIn(values)} over Integer, Long, String and UUID columns: short,
 * empty and 70,000-value lists, one compiled statement for every length, and a clear refusal where
 * the database's parameter limit is exceeded.
 */
class InListTest {
    private static final int LARGE = 70_000;
    private static final MetaData METADATA = new MetaData();
    private static final Table KEYS = METADATA.table("in_keys",
            Column.of("id", Types.INTEGER).primaryKey().autoincrement(Autoincrement.FALSE),
            Column.of("big", Types.BIG_INTEGER), Column.of("code", Types.string(20)), Column.of("uid", Types.UUID_TYPE));

    /** A column and how the value of row {@code i} (and of any other number) is spelled in it. */
    private record Keyed(String column, IntFunction<Object> value) {
    }

    private static final List<Keyed> COLUMNS = List.of(
            new Keyed("id", i -> i),
            new Keyed("big", i -> (1L << 40) + i),
            new Keyed("code", i -> "k" + i),
            new Keyed("uid", i -> new UUID(7, i)));

    private static void seed(TestDb db, int rows) {
        METADATA.dropAll(db.engine());
        METADATA.createAll(db.engine());
        try (Connection conn = db.engine().connect()) {
            List<Map<String, Object>> sets = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                Map<String, Object> row = new HashMap<>();
                COLUMNS.forEach(keyed -> row.put(keyed.column(), keyed.value().apply(sets.size())));
                sets.add(row);
            }
            conn.execute(dev.athanor.sql.Sql.insert(KEYS), sets);
            conn.commit();
        }
    }

    @SuppressWarnings("unchecked")
    private static ColumnClause<Object> column(String name) {
        return (ColumnClause<Object>) KEYS.c(name);
    }

    private static List<Object> values(Keyed keyed, int from, int to) {
        return IntStream.range(from, to).mapToObj(keyed.value()).toList();
    }

    private static Select ids(Keyed keyed, boolean negated, List<Object> values) {
        ColumnClause<Object> column = column(keyed.column());
        return select(KEYS.c("id")).where(negated ? column.notIn(values) : column.in(values)).orderBy(KEYS.c("id"));
    }

    @DatabaseTest
    void shortAndEmptyListsMatchTheRightRowsForEveryKeyType(TestDb db) {
        seed(db, 10);
        try (Connection conn = db.engine().connect()) {
            for (Keyed keyed : COLUMNS) {
                List<Object> some = List.of(keyed.value().apply(2), keyed.value().apply(5), keyed.value().apply(99));
                assertThat(conn.execute(ids(keyed, false, some)).scalars().all()).as(keyed.column())
                        .containsExactly(2, 5);
                assertThat(conn.execute(ids(keyed, true, some)).scalars().all()).as(keyed.column())
                        .containsExactly(0, 1, 3, 4, 6, 7, 8, 9);
                assertThat(conn.execute(ids(keyed, false, List.of())).scalars().all()).as(keyed.column()).isEmpty();
                assertThat(conn.execute(ids(keyed, true, List.of())).scalars().all()).as(keyed.column()).hasSize(10);
            }
        } finally {
            METADATA.dropAll(db.engine());
        }
    }

    @DatabaseTest
    void everyListLengthSharesOneCompiledStatement(TestDb db) {
        seed(db, 10);
        try (Connection conn = db.engine().connect(); SqlRecorder recorder = db.record()) {
            Keyed keyed = COLUMNS.get(0);
            Select three = ids(keyed, false, values(keyed, 0, 3));
            Select seven = ids(keyed, false, values(keyed, 0, 7));
            assertThat(CacheKey.of(three)).isEqualTo(CacheKey.of(seven));
            assertThat(db.dialect().compile(three).sql()).isEqualTo(db.dialect().compile(seven).sql());
            assertThat(conn.execute(three).scalars().all()).hasSize(3);
            assertThat(conn.execute(seven).scalars().all()).hasSize(7);
            assertThat(recorder.sql()).hasSize(2);
        } finally {
            METADATA.dropAll(db.engine());
        }
    }

    @DatabaseTest
    @Requires(Capability.ARRAY_PARAMETERS)
    void seventyThousandValuesGoAsOneArrayParameter(TestDb db) {
        seed(db, 20);
        try (Connection conn = db.engine().connect()) {
            for (Keyed keyed : COLUMNS) {
                List<Object> large = values(keyed, 10, 10 + LARGE);
                assertThat(conn.execute(ids(keyed, false, large)).scalars().all()).as(keyed.column())
                        .containsExactlyElementsOf(IntStream.range(10, 20).boxed().toList());
                assertThat(conn.execute(ids(keyed, true, large)).scalars().all()).as(keyed.column())
                        .containsExactlyElementsOf(IntStream.range(0, 10).boxed().toList());
            }
        } finally {
            METADATA.dropAll(db.engine());
        }
    }

    @DatabaseTest(only = TestDatabase.H2)
    void seventyThousandValuesExpandWithinAGenerousParameterLimit(TestDb db) {
        seed(db, 20);
        try (Connection conn = db.engine().connect()) {
            for (Keyed keyed : COLUMNS) {
                List<Object> large = values(keyed, 10, 10 + LARGE);
                assertThat(conn.execute(ids(keyed, false, large)).scalars().all()).as(keyed.column())
                        .containsExactlyElementsOf(IntStream.range(10, 20).boxed().toList());
                assertThat(conn.execute(ids(keyed, true, large)).scalars().all()).as(keyed.column())
                        .containsExactlyElementsOf(IntStream.range(0, 10).boxed().toList());
            }
        } finally {
            METADATA.dropAll(db.engine());
        }
    }

    @DatabaseTest(only = {TestDatabase.SQLITE, TestDatabase.MARIADB})
    void listsBeyondTheParameterLimitAreRefusedNamingTheLimit(TestDb db) {
        seed(db, 20);
        try (Connection conn = db.engine().connect()) {
            for (Keyed keyed : COLUMNS) {
                List<Object> large = values(keyed, 10, 10 + LARGE);
                assertThatThrownBy(() -> conn.execute(ids(keyed, false, large))).as(keyed.column())
                        .isInstanceOf(ArgumentError.class).hasMessageContaining(String.valueOf(LARGE))
                        .hasMessageContaining(String.valueOf(db.dialect().maxBindParameters()));
                List<Object> withinLimit = values(keyed, 10, 10 + db.dialect().maxBindParameters());
                assertThat(conn.execute(ids(keyed, false, withinLimit)).scalars().all()).as(keyed.column())
                        .hasSize(10);
            }
        } finally {
            METADATA.dropAll(db.engine());
        }
    }
}
