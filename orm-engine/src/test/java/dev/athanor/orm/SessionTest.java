package dev.athanor.orm;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.engine.Connection;
import dev.athanor.exc.IntegrityError;
import dev.athanor.exc.PendingRollbackError;
import dev.athanor.exc.StaleDataError;
import dev.athanor.orm.model.Author;
import dev.athanor.orm.model.Book;
import dev.athanor.orm.model.Department;
import dev.athanor.orm.model.Document;
import dev.athanor.orm.model.Employee;
import dev.athanor.orm.model.Models;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.MappedTables;
import dev.athanor.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

class SessionTest {
    @RegisterExtension
    final MappedTables tables = new MappedTables();

    private SessionFactory setUp(TestDb testDb) {
        return tables.create(testDb, Models.registry());
    }

    @DatabaseTest
    void employeesFoundByNamePrefixReachTheirDepartmentThroughTheForeignKey(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            Department engineering = new Department("Engineering");
            s.add(engineering);
            s.flush();
            s.addAll(List.of(new Employee("Alice", engineering.getId()), new Employee("Bob", engineering.getId())));
            s.commit();
        }
        List<String> lines = new ArrayList<>();
        try (Session s = sessions.open()) {
            EntityTable<Employee> employee = EntityTable.of(Employee.class);
            for (Employee e : s.<Employee>scalars(select(employee).where(employee.<String>attribute("name").startsWith("A")))) {
                lines.add(e.getName() + " → " + s.get(Department.class, e.getDeptId()).getName());
            }
        }
        assertThat(lines).containsExactly("Alice → Engineering");
    }

    @DatabaseTest
    void flushAssignsTheGeneratedKeyBeforeCommit(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            Author author = new Author("Ursula", "ursula@example.com");
            s.add(author);
            assertThat(author.getId()).isNull();
            assertThat(s.stateOf(author)).isEqualTo(ObjectState.PENDING);
            s.flush();
            assertThat(author.getId()).isNotNull();
            assertThat(s.stateOf(author)).isEqualTo(ObjectState.PERSISTENT);
            s.add(new Book("The Dispossessed", author.getId(), 387));
            s.commit();
        }
        try (Session s = sessions.open()) {
            Book book = s.<Book>scalars(select(EntityTable.of(Book.class))).one();
            assertThat(book.getTitle()).isEqualTo("The Dispossessed");
            assertThat(s.get(Author.class, book.getAuthorId()).getName()).isEqualTo("Ursula");
            assertThat(s.get(Author.class, book.getAuthorId())).isSameAs(s.get(Author.class, book.getAuthorId()));
        }
    }

    @DatabaseTest
    void aFailedFlushNeedsRollbackAndLeavesNeitherRow(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            s.add(new Author("One", "same@example.com"));
            s.add(new Author("Two", "same@example.com"));
            assertThatThrownBy(s::commit).isInstanceOf(IntegrityError.class);
            assertThatThrownBy(() -> s.get(Author.class, 1)).isInstanceOf(PendingRollbackError.class)
                    .hasMessageContaining("rollback()").hasCauseInstanceOf(IntegrityError.class);
            s.rollback();
            assertThat(s.newObjects()).isEmpty();
            assertThat(s.scalars(select(EntityTable.of(Author.class))).all()).isEmpty();
            s.add(new Author("Three", "three@example.com"));
            s.commit();
        }
        try (Session s = sessions.open()) {
            assertThat(s.<Author>scalars(select(EntityTable.of(Author.class))).all())
                    .extracting(Author::getName).containsExactly("Three");
        }
    }

    @DatabaseTest
    void aConcurrentUpdateOfAVersionedRowRaisesStaleDataErrorAndTheFirstValueSurvives(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        int id;
        try (Session s = sessions.open()) {
            Document document = new Document("draft");
            s.add(document);
            s.commit();
            id = document.getId();
            assertThat(document.getVersion()).isEqualTo(1);
        }
        try (Session first = sessions.open(); Session second = sessions.open()) {
            Document theirs = second.get(Document.class, id);
            second.commit(); // ends the read; the object stays in the session with its version 1
            Document mine = first.get(Document.class, id);
            mine.setBody("first");
            first.commit();
            assertThat(mine.getVersion()).isEqualTo(2);
            theirs.setBody("second");
            assertThatThrownBy(second::commit).isInstanceOf(StaleDataError.class)
                    .hasMessage("UPDATE statement on table 'document' expected to update 1 row(s); 0 were matched");
            second.rollback();
        }
        try (Session s = sessions.open()) {
            assertThat(s.get(Document.class, id).getBody()).isEqualTo("first");
        }
    }

    @DatabaseTest
    void aFlushInsertsInBatchesUpdatesOnlyChangedColumnsAndDeletesChildrenFirst(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        Department sales = new Department("Sales");
        Employee ann;
        Employee max;
        try (Session s = sessions.open()) {
            s.add(sales);
            s.flush();
            ann = new Employee("Ann", sales.getId());
            ann.setSalary(new java.math.BigDecimal("100.00"));
            max = new Employee("Max", sales.getId());
            s.addAll(List.of(ann, max));
            s.commit();
        }
        try (Session s = sessions.open(); SqlRecorder recorder = testDb.record()) {
            Employee a = s.get(Employee.class, ann.getId());
            Employee m = s.get(Employee.class, max.getId());
            Department d = s.get(Department.class, sales.getId());
            recorder.clear();
            a.setName("Anna");
            s.delete(m);
            s.delete(d);
            a.setDeptId(null);
            s.flush();
            assertThat(recorder.sql()).containsExactly(
                    "UPDATE employee SET name = ?, dept_id = ? WHERE employee.id = ?",
                    "DELETE FROM employee WHERE employee.id = ?",
                    "DELETE FROM department WHERE department.id = ?");
            assertThat(recorder.statements().get(0).parameters()).containsExactly(
                    java.util.Arrays.asList("Anna", null, ann.getId()));
            s.commit();
        }
    }

    @DatabaseTest
    void tenThousandNewObjectsGoOutAsBatches(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open(); SqlRecorder recorder = testDb.record()) {
            Author author = new Author("Prolific", "p@example.com");
            s.add(author);
            s.flush();
            recorder.clear();
            for (int i = 0; i < 10_000; i++) {
                s.add(new Book("Book " + i, author.getId(), i));
            }
            s.flush();
            assertThat(recorder.statements()).hasSizeLessThan(100);
            s.commit();
            assertThat(((Number) s.execute(dev.athanor.sql.Sql.text("SELECT COUNT(*) FROM book")).scalar()).intValue())
                    .isEqualTo(10_000);
        }
    }

    @DatabaseTest
    void aSessionJoinedToAnOuterTransactionLeavesTheDatabaseUntouchedEvenAfterCommit(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Connection connection = testDb.engine().connect()) {
            var outer = connection.begin();
            try (Session s = sessions.open(connection)) {
                s.add(new Department("Temporary"));
                s.commit();
                s.add(new Department("Also temporary"));
                s.commit();
                assertThat(s.scalars(select(EntityTable.of(Department.class))).all()).hasSize(2);
            }
            outer.rollback();
        }
        try (Session s = sessions.open()) {
            assertThat(s.scalars(select(EntityTable.of(Department.class))).all()).isEmpty();
        }
    }

    @DatabaseTest
    void rollingBackASavepointUndoesItsChangesInTheSession(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            Department kept = new Department("Kept");
            s.add(kept);
            Savepoint savepoint = s.beginNested();
            Department dropped = new Department("Dropped");
            s.add(dropped);
            kept.setName("Renamed");
            s.flush();
            savepoint.rollback();
            assertThat(kept.getName()).isEqualTo("Kept");
            assertThat(s.stateOf(dropped)).isEqualTo(ObjectState.TRANSIENT);
            s.commit();
        }
        try (Session s = sessions.open()) {
            assertThat(s.<Department>scalars(select(EntityTable.of(Department.class))).all())
                    .extracting(Department::getName).containsExactly("Kept");
        }
    }
}
