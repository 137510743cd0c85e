package dev.athanor.orm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Transaction;
import dev.athanor.orm.enhanced.EnhancedModels;
import dev.athanor.orm.enhanced.Writer;
import dev.athanor.orm.model.Department;
import dev.athanor.orm.model.Models;
import dev.athanor.sql.Sql;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.MappedTables;
import dev.athanor.testing.TestDb;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a rollback gives back in memory, level by level (each level remembers an object as it was
 * before that level first wrote it), and the statements a session counts on its connections, for
 * enhanced and plain classes. Every case reads the database afterwards.
 */
class TransactionMemoryTest {
    @RegisterExtension
    final MappedTables tables = new MappedTables();

    @DatabaseTest
    void eachSavepointRollbackGivesBackWhatItsLevelSawAndTheOuterRollbackTheCommittedValue(TestDb testDb) {
        SessionFactory sessions = tables.create(testDb, EnhancedModels.registry());
        long id;
        try (Session s = sessions.open()) {
            Writer writer = new Writer("A");
            s.add(writer);
            s.commit();
            id = writer.getId();
        }
        try (Session s = sessions.open()) {
            Writer writer = s.get(Writer.class, id);
            writer.setName("B");
            s.flush();
            Savepoint inner = s.beginNested();
            writer.setName("C");
            s.flush();
            inner.rollback();
            assertThat(writer.getName()).isEqualTo("B");
            assertThat(name(s, "enh_writer", id)).isEqualTo("B");

            Savepoint released = s.beginNested();
            writer.setName("D");
            s.flush();
            released.commit();
            Savepoint deeper = s.beginNested();
            writer.setName("E");
            s.flush();
            deeper.rollback();
            assertThat(writer.getName()).isEqualTo("D");

            s.rollback();
            assertThat(writer.getName()).isEqualTo("A");
        }
        assertThat(committedName(sessions, "enh_writer", id)).isEqualTo("A");
        assertThat(testDb.engine().poolStatus().checkedOut()).isZero();
    }

    @DatabaseTest
    void aRollbackAfterACommitGivesBackTheValueThatCommitWrote(TestDb testDb) {
        SessionFactory sessions = SessionFactory.builder(testDb.engine(), tables.create(testDb, Models.registry())
                .registry()).expireOnCommit(false).build();
        try (Session s = sessions.open()) {
            Department department = new Department("First");
            s.add(department);
            s.commit();
            department.setName("Second");
            s.commit();
            department.setName("Third");
            s.flush();
            s.rollback();
            assertThat(department.getName()).isEqualTo("Second");
            // the same object again in a new transaction: remembered afresh, not taken for one remembered before
            department.setName("Fourth");
            s.flush();
            s.rollback();
            assertThat(department.getName()).isEqualTo("Second");
            assertThat(name(s, "department", department.getId())).isEqualTo("Second");
        }
        assertThat(testDb.engine().poolStatus().checkedOut()).isZero();
    }

    @DatabaseTest
    void aSessionCountsTheStatementsOfEveryConnectionItUsedAndNoneAfterItCloses(TestDb testDb) {
        SessionFactory sessions = tables.create(testDb, Models.registry());
        int id;
        try (Session s = sessions.open()) {
            Department department = new Department("Counted");
            s.add(department);
            s.commit(); // the INSERT; its connection goes back to the pool
            id = department.getId();
            long afterCommit = s.stats().statements();
            assertThat(afterCommit).isPositive();
            s.get(Department.class, id); // expired on commit: a SELECT on a new connection
            assertThat(s.stats().statements()).isEqualTo(afterCommit + 1);
            s.rollback();
            assertThat(s.stats().statements()).isEqualTo(afterCommit + 1);
        }
        try (Connection connection = testDb.engine().connect()) {
            Transaction outer = connection.begin();
            connection.execute(Sql.text("SELECT 1"));
            Session joined = sessions.open(connection);
            assertThat(joined.stats().statements()).isZero(); // what the connection sent before the session is not its
            joined.get(Department.class, id);
            assertThat(joined.stats().statements()).isEqualTo(1);
            joined.close();
            connection.execute(Sql.text("SELECT 1"));
            assertThat(joined.stats().statements()).isEqualTo(1);
            outer.rollback();
        }
    }

    /** A column getter of an enhanced object loads what the object lacks: all columns once expired, a deferred one on first read. */
    @DatabaseTest
    void anEnhancedObjectsColumnGetterReloadsItWhenExpiredAndLoadsItWhenDeferred(TestDb testDb) {
        try (EnhancedFixture f = new EnhancedFixture(testDb)) {
            f.seedWriters("Ann");
            try (Session s = f.sessions.open()) {
                Writer writer = s.<Writer>scalars(Sql.select(Writer.class)).one();
                s.commit(); // expires it
                try (Connection other = f.sessions.engine().connect()) {
                    other.execute(Sql.text("UPDATE enh_writer SET name = 'Anne'"));
                    other.commit();
                }
                assertThat(writer.getName()).isEqualTo("Anne");
            }
            try (Session s = f.sessions.open()) {
                Writer writer = s.<Writer>scalars(Sql.select(Writer.class)
                        .options(Load.defer(dev.athanor.orm.enhanced.Writer_.name))).one();
                long before = s.stats().statements();
                assertThat(writer.getName()).isEqualTo("Anne");
                assertThat(s.stats().statements()).isEqualTo(before + 1);
                assertThat(writer.getName()).isEqualTo("Anne");
                assertThat(s.stats().statements()).isEqualTo(before + 1); // loaded once
            }
        }
    }

    private static String name(Session session, String table, Object id) {
        return session.execute(Sql.text("SELECT name FROM " + table + " WHERE id = :id"), Map.of("id", id))
                .<String>scalars().one();
    }

    private static String committedName(SessionFactory sessions, String table, Object id) {
        try (Session session = sessions.open()) {
            return name(session, table, id);
        }
    }
}
