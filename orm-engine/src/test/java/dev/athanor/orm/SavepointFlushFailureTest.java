package dev.athanor.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.engine.Connection;
import dev.athanor.exc.IntegrityError;
import dev.athanor.exc.PendingRollbackError;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.Autoincrement;
import dev.athanor.sql.Sql;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.MappedTables;
import dev.athanor.testing.TestDb;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A flush that fails inside a savepoint rolls back that savepoint only (SQLAlchemy's
 * {@code RollbackRecoverTest.test_pk_violation_with_savepoint}): the work flushed before the
 * savepoint is committed, the object of the failed flush ends transient, and the session refuses
 * to commit until the savepoint is rolled back. Run with Integer, Long and String keys.
 */
class SavepointFlushFailureTest {
    @RegisterExtension
    final MappedTables tables = new MappedTables();

    @Table("sff_int_item")
    static class IntItem {
        @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
        Integer id;
        @Column(length = 20)
        String name;

        IntItem() {
        }

        IntItem(Integer id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    @Table("sff_long_item")
    static class LongItem {
        @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
        Long id;
        @Column(length = 20)
        String name;

        LongItem() {
        }

        LongItem(Long id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    @Table("sff_code_item")
    static class CodeItem {
        @Column(primaryKey = true, length = 20)
        String id;
        @Column(length = 20)
        String name;

        CodeItem() {
        }

        CodeItem(String id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    /** How to make one row of a keyed table: the entity, its key and a second key. */
    private record Keyed<K>(Class<?> type, String table, K first, K second, BiFunction<K, String, Object> make) {
    }

    private static final Keyed<Integer> INT = new Keyed<>(IntItem.class, "sff_int_item", 1, 2, IntItem::new);
    private static final Keyed<Long> LONG = new Keyed<>(LongItem.class, "sff_long_item",
            5_000_000_000L, 5_000_000_001L, LongItem::new);
    private static final Keyed<String> CODE = new Keyed<>(CodeItem.class, "sff_code_item", "a-1", "b-2", CodeItem::new);

    private static List<String> rows(SessionFactory sessions, String table) {
        try (Connection connection = sessions.engine().connect()) {
            return connection.execute(Sql.text("SELECT id, name FROM " + table + " ORDER BY name")).all().stream()
                    .map(row -> row.get(0) + "=" + row.get(1)).toList();
        }
    }

    /** Flush, savepoint, duplicate of the flushed object's key, failed flush, savepoint rollback, commit. */
    private <K> void duplicateOfTheOuterObject(TestDb db, Keyed<K> keyed) {
        SessionFactory sessions = tables.create(db, keyed.type());
        Object outer = keyed.make().apply(keyed.first(), "outer");
        Object duplicate = keyed.make().apply(keyed.first(), "duplicate");
        try (Session s = sessions.open()) {
            s.add(outer);
            s.flush();
            Savepoint savepoint = s.beginNested();
            s.add(duplicate);
            assertThatThrownBy(s::flush).isInstanceOf(IntegrityError.class);
            assertThatThrownBy(s::commit).isInstanceOf(PendingRollbackError.class)
                    .hasMessageContaining("Savepoint.rollback()");
            savepoint.rollback();
            assertThat(s.stateOf(duplicate)).isEqualTo(ObjectState.TRANSIENT);
            assertThat(s.stateOf(outer)).isEqualTo(ObjectState.PERSISTENT);
            s.add(keyed.make().apply(keyed.second(), "after"));
            s.commit();
        }
        assertThat(rows(sessions, keyed.table()))
                .containsExactly(keyed.second() + "=after", keyed.first() + "=outer");
    }

    /** The same through {@code nested(work)}, the duplicate being a row another session committed. */
    private <K> void duplicateOfACommittedRowInNestedWork(TestDb db, Keyed<K> keyed) {
        SessionFactory sessions = tables.create(db, keyed.type());
        try (Session other = sessions.open()) {
            other.add(keyed.make().apply(keyed.second(), "committed"));
            other.commit();
        }
        Object outer = keyed.make().apply(keyed.first(), "outer");
        Object duplicate = keyed.make().apply(keyed.second(), "duplicate");
        try (Session s = sessions.open()) {
            s.add(outer);
            s.flush();
            assertThatThrownBy(() -> s.nested(n -> {
                n.add(duplicate);
                return null; // flushed by the savepoint's commit, which fails
            })).isInstanceOf(IntegrityError.class);
            assertThat(s.stateOf(duplicate)).isEqualTo(ObjectState.TRANSIENT);
            assertThat(s.stateOf(outer)).isEqualTo(ObjectState.PERSISTENT);
            s.commit();
        }
        assertThat(rows(sessions, keyed.table()))
                .containsExactly(keyed.second() + "=committed", keyed.first() + "=outer");
    }

    @DatabaseTest
    void aFailedFlushInASavepointRollsBackOnlyTheSavepointWithIntegerKeys(TestDb db) {
        duplicateOfTheOuterObject(db, INT);
    }

    @DatabaseTest
    void aFailedFlushInASavepointRollsBackOnlyTheSavepointWithLongKeys(TestDb db) {
        duplicateOfTheOuterObject(db, LONG);
    }

    @DatabaseTest
    void aFailedFlushInASavepointRollsBackOnlyTheSavepointWithStringKeys(TestDb db) {
        duplicateOfTheOuterObject(db, CODE);
    }

    @DatabaseTest
    void aFailedFlushInNestedWorkKeepsTheOuterTransactionWithIntegerKeys(TestDb db) {
        duplicateOfACommittedRowInNestedWork(db, INT);
    }

    @DatabaseTest
    void aFailedFlushInNestedWorkKeepsTheOuterTransactionWithLongKeys(TestDb db) {
        duplicateOfACommittedRowInNestedWork(db, LONG);
    }

    @DatabaseTest
    void aFailedFlushInNestedWorkKeepsTheOuterTransactionWithStringKeys(TestDb db) {
        duplicateOfACommittedRowInNestedWork(db, CODE);
    }
}
