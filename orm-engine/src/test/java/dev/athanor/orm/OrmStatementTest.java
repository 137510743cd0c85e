package dev.athanor.orm;

import static dev.athanor.sql.Sql.attr;
import static dev.athanor.sql.Sql.delete;
import static dev.athanor.sql.Sql.insert;
import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.dialect.Capability;
import dev.athanor.exc.ArgumentError;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.orm.model.Department;
import dev.athanor.orm.model.Employee;
import dev.athanor.orm.model.Models;
import dev.athanor.sql.ColumnClause;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.Requires;
import dev.athanor.testing.TestDb;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Selects of mapped classes and ORM-enabled INSERT, UPDATE and DELETE through a session. */
class OrmStatementTest {
    private static final ColumnClause<String> NAME = attr(Employee.class, "name");

    private Registry registry;
    private TestDb db;
    private int engineering;

    private SessionFactory setUp(TestDb testDb) {
        db = testDb;
        registry = Models.registry();
        registry.metadata().dropAll(testDb.engine());
        registry.metadata().createAll(testDb.engine());
        SessionFactory sessions = SessionFactory.builder(testDb.engine(), registry).build();
        try (Session s = sessions.open()) {
            Department department = new Department("Engineering");
            s.add(department);
            s.flush();
            engineering = department.getId();
            s.addAll(List.of(new Employee("Alice", engineering), new Employee("Bob", engineering),
                    new Employee("Ada", engineering)));
            s.commit();
        }
        return sessions;
    }

    @AfterEach
    void dropTables() {
        if (db != null) {
            registry.metadata().dropAll(db.engine());
        }
    }

    @Test
    void selectOfAClassNamesTheSameTableAsEntityTable() {
        assertThat(select(Employee.class).selectedColumns()).isEqualTo(EntityTable.of(Employee.class).columns());
        assertThat(attr(Employee.class, "deptId")).isSameAs(EntityTable.of(Employee.class).attribute("deptId"));
    }

    @Test
    void anUnmappedClassOrAWrongAttributeFailsNamingIt() {
        assertThatThrownBy(() -> select(String.class)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("java.lang.String is not mapped");
        assertThatThrownBy(() -> attr(Employee.class, "nmae")).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("Employee has no mapped attribute 'nmae'").hasMessageContaining("name");
    }

    @DatabaseTest
    void selectOfAClassYieldsObjectsThroughTheIdentityMap(TestDb testDb) {
        try (Session s = setUp(testDb).open()) {
            List<Employee> found = s.<Employee>scalars(select(Employee.class).where(NAME.startsWith("A"))
                    .orderBy(NAME.asc())).all();
            assertThat(found).extracting(Employee::getName).containsExactly("Ada", "Alice");
            assertThat(s.get(Employee.class, found.get(0).getId())).isSameAs(found.get(0));
        }
    }

    @DatabaseTest
    void selectOfTwoClassesYieldsRowsOfObjectsAndOfAColumnPlainValues(TestDb testDb) {
        try (Session s = setUp(testDb).open()) {
            List<List<Object>> rows = s.rows(select(Employee.class, Department.class)
                    .where(attr(Employee.class, "deptId").eq(attr(Department.class, "id")), NAME.eq("Bob"))).all();
            assertThat(rows).hasSize(1);
            assertThat(((Employee) rows.get(0).get(0)).getName()).isEqualTo("Bob");
            assertThat(rows.get(0).get(1)).isSameAs(s.get(Department.class, engineering));
            assertThat(s.<String>scalars(select(NAME).orderBy(NAME.asc())).all()).containsExactly("Ada", "Alice", "Bob");
        }
    }

    @DatabaseTest
    void aBulkInsertTakesAttributeNames(TestDb testDb) {
        try (Session s = setUp(testDb).open()) {
            s.execute(insert(Employee.class), List.of(Map.of("name", "Cy", "deptId", engineering),
                    Map.of("name", "Di", "deptId", engineering)));
            assertThat(s.<Employee>scalars(select(Employee.class).where(attr(Employee.class, "deptId").eq(engineering)))
                    .all()).hasSize(5);
        }
    }

    @DatabaseTest
    void aBulkUpdateEvaluatedInJavaChangesTheObjectsItMatches(TestDb testDb) {
        try (Session s = setUp(testDb).open()) {
            List<Employee> all = s.<Employee>scalars(select(Employee.class).orderBy(NAME.asc())).all();
            s.execute(update(Employee.class).where(NAME.eq("Bob")).values(NAME, "Robert"), SynchronizeSession.EVALUATE);
            assertThat(all).extracting(Employee::getName).containsExactly("Ada", "Alice", "Robert");
            assertThat(s.isModified(all.get(2))).isFalse();
        }
    }

    @DatabaseTest
    void aBulkUpdateWithAConditionJavaCannotEvaluateFetchesTheMatchingKeys(TestDb testDb) {
        try (Session s = setUp(testDb).open()) {
            List<Employee> all = s.<Employee>scalars(select(Employee.class).orderBy(NAME.asc())).all();
            var statement = update(Employee.class).where(NAME.startsWith("A")).values(NAME, "Anon");
            assertThatThrownBy(() -> s.execute(statement, SynchronizeSession.EVALUATE))
                    .isInstanceOf(InvalidRequestError.class).hasMessageContaining("SynchronizeSession.FETCH");
            s.execute(statement);
            assertThat(all).extracting(Employee::getName).containsExactly("Anon", "Anon", "Bob");
        }
    }

    @DatabaseTest
    void aBulkUpdateWithoutSynchronizationLeavesTheObjectsStale(TestDb testDb) {
        try (Session s = setUp(testDb).open()) {
            Employee bob = s.<Employee>scalars(select(Employee.class).where(NAME.eq("Bob"))).one();
            s.execute(update(Employee.class).where(NAME.eq("Bob")).values(NAME, "Robert"), SynchronizeSession.NONE);
            assertThat(bob.getName()).isEqualTo("Bob");
            s.refresh(bob);
            assertThat(bob.getName()).isEqualTo("Robert");
        }
    }

    @DatabaseTest
    void aBulkDeleteMarksTheMatchedObjectsDeleted(TestDb testDb) {
        try (Session s = setUp(testDb).open()) {
            Employee bob = s.<Employee>scalars(select(Employee.class).where(NAME.eq("Bob"))).one();
            s.execute(delete(Employee.class).where(NAME.eq("Bob")), SynchronizeSession.FETCH);
            assertThat(s.stateOf(bob)).isEqualTo(ObjectState.DELETED);
            s.commit();
            assertThat(s.contains(bob)).isFalse();
            assertThat(s.scalars(select(Employee.class)).all()).hasSize(2);
        }
    }

    @DatabaseTest
    @Requires(Capability.UPDATE_RETURNING)
    void anUpdateReturningTheClassYieldsTheUpdatedObjects(TestDb testDb) {
        try (Session s = setUp(testDb).open()) {
            Employee bob = s.<Employee>scalars(select(Employee.class).where(NAME.eq("Bob"))).one();
            List<Employee> updated = s.<Employee>scalars(update(Employee.class).where(NAME.eq("Bob"))
                    .values(NAME, "Robert").returning(Employee.class)).all();
            assertThat(updated).containsExactly(bob);
            assertThat(bob.getName()).isEqualTo("Robert");
        }
    }
}
