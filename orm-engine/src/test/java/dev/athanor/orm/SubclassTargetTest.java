package dev.athanor.orm;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.model.Engineer;
import dev.athanor.orm.model.Manager;
import dev.athanor.orm.model.Staff;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.MappedTables;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A many-to-one whose target is a subclass in a joined-table hierarchy: the identity map keys the
 * hierarchy by its base, so a target the session holds is found there without SQL, as for any other
 * class (it was looked up under the subclass and loaded again).
 */
class SubclassTargetTest {
    @RegisterExtension
    final MappedTables tables = new MappedTables();

    /** A laptop issued to an engineer. */
    @Table("inh_laptop")
    public static class Laptop {
        @Column(primaryKey = true)
        Integer id;
        @Column(length = 30)
        String model;
        @ForeignKey("inh_engineer.id")
        Integer ownerId;
        @Relationship
        Engineer owner;

        Laptop() {
        }

        Laptop(String model, Engineer owner) {
            this.model = model;
            this.owner = owner;
        }

        Engineer getOwner() {
            return owner;
        }
    }

    @DatabaseTest
    void aHeldSubclassTargetIsFoundInTheIdentityMapWithoutSql(TestDb db) {
        SessionFactory sessions = tables.create(db, Registry.of(Staff.class, Engineer.class, Manager.class,
                Laptop.class));
        int adaId;
        try (Session s = sessions.open()) {
            Engineer ada = new Engineer("Ada", "java");
            s.addAll(List.of(ada, new Laptop("thinkpad", ada), new Laptop("framework", ada)));
            s.commit();
            adaId = ada.getId();
        }
        try (Session s = sessions.open()) {
            Engineer ada = s.get(Engineer.class, adaId);
            List<Laptop> laptops = s.<Laptop>scalars(select(Laptop.class)).all();
            try (SqlRecorder recorder = db.record()) {
                assertThat(laptops).extracting(Laptop::getOwner).containsOnly(ada);
                assertThat(recorder.sql()).as("the owner is held: no SELECT").isEmpty();
            }
        }
        try (Session s = sessions.open()) {
            Engineer ada = s.get(Engineer.class, adaId);
            try (SqlRecorder recorder = db.record()) {
                List<Laptop> laptops = s.<Laptop>scalars(select(Laptop.class)
                        .options(Load.selectinLoad(SubclassTargetTest_Laptop_.owner))).all();
                assertThat(laptops).extracting(Laptop::getOwner).containsOnly(ada);
                assertThat(recorder.sql()).as("selectin finds every owner held: only the laptops' SELECT").hasSize(1);
            }
        }
    }
}
