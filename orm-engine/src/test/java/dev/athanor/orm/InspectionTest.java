package dev.athanor.orm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.Athanor;
import dev.athanor.inspect.InstanceInspection;
import dev.athanor.inspect.MapperInspection;
import dev.athanor.orm.model.Author;
import dev.athanor.orm.model.Models;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code Athanor.inspect} of a mapped class and of an object in a session. */
class InspectionTest {
    private Registry registry;
    private TestDb db;

    @AfterEach
    void dropTables() {
        if (db != null) {
            registry.metadata().dropAll(db.engine());
        }
    }

    @Test
    void aMapperShowsItsColumnsKeyAndNoRelationshipsYet() {
        MapperInspection author = Athanor.inspect(Models.registry(), Author.class);
        assertThat(author.primaryKey()).containsExactly("id");
        assertThat(author.columns()).extracting(MapperInspection.ColumnInfo::name).containsExactly("id", "name", "email");
        assertThat(author.columns().get(1).nullable()).isFalse();
        assertThat(author.columns().get(2).nullable()).isTrue();
        assertThat(author.relationships()).isEmpty();
    }

    @DatabaseTest
    void anObjectShowsItsStateIdentityAndHistory(TestDb testDb) {
        db = testDb;
        registry = Models.registry();
        registry.metadata().dropAll(testDb.engine());
        registry.metadata().createAll(testDb.engine());
        try (Session s = SessionFactory.builder(testDb.engine(), registry).build().open()) {
            Author author = new Author("Ursula", "u@example.com");
            InstanceInspection view = Athanor.inspect(s, author);
            assertThat(view.state()).isEqualTo(ObjectState.TRANSIENT);
            s.add(author);
            assertThat(view.state()).isEqualTo(ObjectState.PENDING);
            assertThat(view.history("name").added()).containsExactly("Ursula");
            s.flush();
            assertThat(view.state()).isEqualTo(ObjectState.PERSISTENT);
            assertThat(view.identity().values()).containsExactly(author.getId());
            author.setName("Le Guin");
            assertThat(view.modifiedAttributes()).containsExactly("name");
            assertThat(view.history("name")).isEqualTo(new AttributeHistory(List.of("Le Guin"), List.of(), List.of("Ursula")));
            assertThat(view.history("email").unchanged()).containsExactly("u@example.com");
            s.delete(author);
            s.flush();
            assertThat(view.state()).isEqualTo(ObjectState.DELETED);
        }
    }
}
