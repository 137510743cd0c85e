package dev.athanor.orm;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.Athanor;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.inspect.MapperInspection;
import dev.athanor.orm.model.BankTransfer;
import dev.athanor.orm.model.CardPayment;
import dev.athanor.orm.model.CardPayment_;
import dev.athanor.orm.model.Engineer;
import dev.athanor.orm.model.Engineer_;
import dev.athanor.orm.model.Manager;
import dev.athanor.orm.model.Payment;
import dev.athanor.orm.model.Payment_;
import dev.athanor.orm.model.Staff;
import dev.athanor.orm.model.Staff_;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDb;
import dev.athanor.sql.Sql;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Joined-table and single-table inheritance: polymorphic loading, subclass filters, and the SQL a flush sends. */
class InheritanceTest {
    private final Registry registry = Registry.of(Staff.class, Engineer.class, Manager.class, Payment.class,
            CardPayment.class, BankTransfer.class);
    private TestDb db;

    private SessionFactory setUp(TestDb testDb) {
        db = testDb;
        registry.metadata().dropAll(testDb.engine());
        registry.metadata().createAll(testDb.engine());
        return SessionFactory.builder(testDb.engine(), registry).build();
    }

    @AfterEach
    void dropTables() {
        if (db != null) {
            registry.metadata().dropAll(db.engine());
        }
    }

    private static int[] staff(SessionFactory sessions) {
        try (Session s = sessions.open()) {
            Engineer ada = new Engineer("Ada", "java");
            Manager bob = new Manager("Bob", 3);
            Staff cy = new Staff("Cy");
            s.addAll(List.of(ada, bob, cy));
            s.commit();
            return new int[] {ada.getId(), bob.getId(), cy.getId()};
        }
    }

    @DatabaseTest
    void joinedPolymorphicSelectReturnsEachRowAsItsOwnClassInOneStatement(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        staff(sessions);
        try (Session s = sessions.open(); SqlRecorder recorder = testDb.record()) {
            List<Staff> all = s.<Staff>scalars(select(Staff.class).orderBy(Staff_.name)).all();
            assertThat(all).extracting(Object::getClass).containsExactly(Engineer.class, Manager.class, Staff.class);
            assertThat(((Engineer) all.get(0)).getLanguage()).isEqualTo("java");
            assertThat(((Manager) all.get(1)).getReports()).isEqualTo(3);
            assertThat(recorder.sql()).containsExactly("SELECT inh_staff.id, inh_staff.name, inh_staff.type,"
                    + " inh_engineer.language, inh_manager.reports FROM inh_staff"
                    + " LEFT OUTER JOIN inh_engineer ON inh_staff.id = inh_engineer.id"
                    + " LEFT OUTER JOIN inh_manager ON inh_staff.id = inh_manager.id ORDER BY inh_staff.name");
        }
    }

    @DatabaseTest
    void joinedSubclassSelectInnerJoinsItsTableAndFiltersOnItsColumns(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        staff(sessions);
        try (Session s = sessions.open(); SqlRecorder recorder = testDb.record()) {
            List<Engineer> engineers = s.<Engineer>scalars(select(Engineer.class)
                    .where(Engineer_.language.eq("java"), Engineer_.name.eq("Ada"))).all();
            assertThat(engineers).extracting(Engineer::getName).containsExactly("Ada");
            assertThat(recorder.sql()).containsExactly("SELECT inh_staff.id, inh_staff.name, inh_staff.type,"
                    + " inh_engineer.language FROM inh_staff JOIN inh_engineer ON inh_staff.id = inh_engineer.id"
                    + " WHERE inh_engineer.language = ? AND inh_staff.name = ?");
            assertThat(s.<Manager>scalars(select(Manager.class)).all()).extracting(Manager::getName).containsExactly("Bob");
        }
    }

    @DatabaseTest
    void getByTheBaseClassReturnsTheSubclassObjectFromTheOneIdentityMap(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        int[] ids = staff(sessions);
        try (Session s = sessions.open(); SqlRecorder recorder = testDb.record()) {
            Staff ada = s.get(Staff.class, ids[0]);
            assertThat(ada).isInstanceOf(Engineer.class);
            assertThat(s.get(Engineer.class, ids[0])).isSameAs(ada);
            assertThat(s.get(Manager.class, ids[0])).isNull();
            assertThat(s.identityOf(ada).entityClass()).isEqualTo(Staff.class);
            assertThat(recorder.statements()).hasSize(1);
            assertThat(s.get(Manager.class, ids[1]).getReports()).isEqualTo(3);
        }
    }

    @DatabaseTest
    void joinedInsertWritesTheBaseRowThenTheSubclassRowWithTheGeneratedKey(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open(); SqlRecorder recorder = testDb.record()) {
            Engineer ada = new Engineer("Ada", "java");
            s.add(ada);
            s.flush();
            assertThat(ada.getType()).isEqualTo("engineer");
            assertThat(recorder.sql()).hasSize(2);
            assertThat(recorder.sql().get(0)).contains("INSERT INTO inh_staff (name, type) VALUES (?, ?)");
            assertThat(recorder.sql().get(1)).isEqualTo("INSERT INTO inh_engineer (id, language) VALUES (?, ?)");
            s.commit();
            Object row = s.execute(select(Engineer_.language).where(Engineer_.id.eq(ada.getId()))).scalar();
            assertThat(row).isEqualTo("java");
        }
    }

    @DatabaseTest
    void joinedUpdateTouchesOnlyTheTablesWhoseColumnsChangedAndDeleteRemovesTheSubclassRowFirst(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        int[] ids = staff(sessions);
        try (Session s = sessions.open(); SqlRecorder recorder = testDb.record()) {
            Engineer ada = s.get(Engineer.class, ids[0]);
            recorder.clear();
            ada.setLanguage("kotlin");
            s.flush();
            assertThat(recorder.sql()).containsExactly("UPDATE inh_engineer SET language = ? WHERE inh_engineer.id = ?");
            recorder.clear();
            ada.setName("Ada L.");
            ada.setLanguage("scala");
            s.flush();
            assertThat(recorder.sql()).containsExactly("UPDATE inh_staff SET name = ? WHERE inh_staff.id = ?",
                    "UPDATE inh_engineer SET language = ? WHERE inh_engineer.id = ?");
            recorder.clear();
            s.delete(ada);
            s.flush();
            assertThat(recorder.sql()).containsExactly("DELETE FROM inh_engineer WHERE inh_engineer.id = ?",
                    "DELETE FROM inh_staff WHERE inh_staff.id = ?");
            s.commit();
            assertThat(s.<Staff>scalars(select(Staff.class)).all()).extracting(Staff::getName).containsExactlyInAnyOrder("Bob", "Cy");
        }
    }

    @DatabaseTest
    void singleTablePolymorphicSelectReadsOneTableAndSubclassSelectFiltersByDiscriminator(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            s.addAll(List.of(new CardPayment(10, "4242"), new BankTransfer(20, "DE00"), new Payment(30)));
            s.commit();
        }
        try (Session s = sessions.open(); SqlRecorder recorder = testDb.record()) {
            List<Payment> all = s.<Payment>scalars(select(Payment.class).orderBy(Payment_.amount)).all();
            assertThat(all).extracting(Object::getClass).containsExactly(CardPayment.class, BankTransfer.class, Payment.class);
            assertThat(all).extracting(Payment::getKind).containsExactly("card", "bank", "payment");
            assertThat(((CardPayment) all.get(0)).getLast4()).isEqualTo("4242");
            assertThat(recorder.sqlWithInLists()).containsExactly("SELECT inh_payment.id, inh_payment.amount, inh_payment.kind,"
                    + " inh_payment.last4, inh_payment.iban FROM inh_payment ORDER BY inh_payment.amount");
            recorder.clear();
            List<CardPayment> cards = s.<CardPayment>scalars(select(CardPayment.class)
                    .where(CardPayment_.amount.gt(0))).all();
            assertThat(cards).singleElement().isSameAs(all.get(0));
            assertThat(recorder.sqlWithInLists()).containsExactly("SELECT inh_payment.id, inh_payment.amount, inh_payment.kind,"
                    + " inh_payment.last4 FROM inh_payment WHERE inh_payment.amount > ? AND inh_payment.kind IN (?)");
        }
    }

    @DatabaseTest
    void singleTableFlushWritesTheOneTableWithTheDiscriminator(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open(); SqlRecorder recorder = testDb.record()) {
            CardPayment card = new CardPayment(10, "4242");
            s.add(card);
            s.flush();
            assertThat(recorder.sql()).singleElement().asString()
                    .contains("INSERT INTO inh_payment (amount, kind, last4) VALUES (?, ?, ?)");
            assertThat(card.getKind()).isEqualTo("card");
            recorder.clear();
            card.setLast4("0000");
            s.flush();
            assertThat(recorder.sql()).containsExactly("UPDATE inh_payment SET last4 = ? WHERE inh_payment.id = ?");
            recorder.clear();
            s.delete(card);
            s.flush();
            assertThat(recorder.sql()).containsExactly("DELETE FROM inh_payment WHERE inh_payment.id = ?");
            s.commit();
        }
    }

    @DatabaseTest
    void aBulkUpdateOfASingleTableSubclassTouchesOnlyItsRowsAndOfAJoinedSubclassIsRefused(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        staff(sessions);
        try (Session s = sessions.open(); SqlRecorder recorder = testDb.record()) {
            s.addAll(List.of(new CardPayment(10, "4242"), new BankTransfer(20, "DE00")));
            s.flush();
            recorder.clear();
            s.execute(Sql.update(CardPayment.class).values(Map.of(CardPayment_.amount, 99)), SynchronizeSession.NONE);
            assertThat(recorder.sqlWithInLists()).containsExactly("UPDATE inh_payment SET amount = ? WHERE inh_payment.kind IN (?)");
            s.expireAll();
            assertThat(s.<Payment>scalars(select(Payment.class).orderBy(Payment_.kind)).all())
                    .extracting(Payment::getAmount).containsExactly(20, 99);
            assertThatThrownBy(() -> s.execute(Sql.delete(Engineer.class))).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("Engineer").hasMessageContaining("joined-table subclass");
        }
    }

    @Test
    void inspectionShowsTheInheritance() {
        MapperInspection.InheritanceInfo engineer = Athanor.inspect(registry, Engineer.class).inheritance();
        assertThat(engineer.base()).isEqualTo(Staff.class);
        assertThat(engineer.inherits()).isEqualTo(Staff.class);
        assertThat(engineer.strategy()).isEqualTo("JOINED");
        assertThat(engineer.polymorphicIdentity()).isEqualTo("engineer");
        assertThat(engineer.polymorphicOn()).isEqualTo("type");
        assertThat(engineer.tables()).containsExactly("inh_staff", "inh_engineer");
        assertThat(Athanor.inspect(registry, Staff.class).inheritance().subclasses())
                .containsExactly(Engineer.class, Manager.class);
        assertThat(Athanor.inspect(registry, CardPayment.class).inheritance().tables()).containsExactly("inh_payment");
        assertThat(Athanor.inspect(registry, Engineer.class).columns()).extracting(MapperInspection.ColumnInfo::attribute)
                .containsExactly("id", "name", "type", "language");
    }

    @Test
    void aJoinedSubclassTableRepeatsTheBaseKeyAsPrimaryAndForeignKey() {
        var table = registry.mapper(Engineer.class).table();
        assertThat(table.name()).isEqualTo("inh_engineer");
        assertThat(table.primaryKey().columns()).extracting(c -> c.name()).containsExactly("id");
        assertThat(table.c("id").foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.referredTable()).isEqualTo("inh_staff"));
        assertThat(registry.mapper(Payment.class).table().c("last4").isNullable()).isTrue();
    }
}
