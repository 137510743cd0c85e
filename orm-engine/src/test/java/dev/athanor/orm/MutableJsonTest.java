package dev.athanor.orm;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.engine.Connection;
import dev.athanor.exc.MappingError;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.enhanced.Profile;
import dev.athanor.orm.internal.Enhanced;
import dev.athanor.orm.model.PlainProfile;
import dev.athanor.schema.MetaData;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDb;
import dev.athanor.types.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * JSON maps and lists changed in place, as SQLAlchemy's {@code MutableDict}/{@code MutableList}:
 * with {@code @Column(mutable = true)} the next flush writes them (an enhanced object reports the
 * change at once; a plain one is found by comparing with the copy taken on load); without it, as
 * with SQLAlchemy's plain {@code JSON}, only a new value is seen. Each case runs on an enhanced
 * class (long key) and a plain one (String key), and reads the stored JSON back.
 */
class MutableJsonTest {

    /** The two kinds of entity, with the same JSON fields. */
    private record Kind<T>(Class<T> type, String table, Function<String, T> create, Function<T, Object> id,
                           Function<T, Map<String, Object>> prefs, Function<T, List<String>> labels,
                           Function<T, Map<String, Object>> notes) {
    }

    private static final Kind<Profile> ENHANCED = new Kind<>(Profile.class, "enh_profile",
            key -> new Profile(map("theme", "dark"), new ArrayList<>(List.of("a")), map("seen", 1)),
            Profile::getId, Profile::getPrefs, Profile::getLabels, Profile::getNotes);
    private static final Kind<PlainProfile> PLAIN = new Kind<>(PlainProfile.class, "plain_profile",
            key -> new PlainProfile(key, map("theme", "dark"), new ArrayList<>(List.of("a")), map("seen", 1)),
            PlainProfile::getId, PlainProfile::getPrefs, PlainProfile::getLabels, PlainProfile::getNotes);

    @Test
    void onlyTheEnhancedKindIsEnhanced() {
        assertThat(new Profile(null, null, null)).isInstanceOf(Enhanced.class);
        assertThat(new PlainProfile("p", null, null, null)).isNotInstanceOf(Enhanced.class);
    }

    @DatabaseTest
    void inPlaceChangesOfMutableJsonAreWrittenOnceOnAnEnhancedClass(TestDb db) {
        inPlaceChangesAreWrittenOnce(db, ENHANCED);
    }

    @DatabaseTest
    void inPlaceChangesOfMutableJsonAreWrittenOnceOnAPlainClass(TestDb db) {
        inPlaceChangesAreWrittenOnce(db, PLAIN);
    }

    @DatabaseTest
    void withoutTheOptInAnInPlaceChangeIsNotSeenOnAnEnhancedClass(TestDb db) {
        inPlaceChangeWithoutOptInIsNotSeen(db, ENHANCED);
    }

    @DatabaseTest
    void withoutTheOptInAnInPlaceChangeIsNotSeenOnAPlainClass(TestDb db) {
        inPlaceChangeWithoutOptInIsNotSeen(db, PLAIN);
    }

    @DatabaseTest
    void inPlaceChangesAfterARollbackAreStillSeen(TestDb db) {
        for (Kind<?> kind : List.of(ENHANCED, PLAIN)) {
            afterRollback(db, kind);
        }
    }

    @DatabaseTest
    void theMapANewObjectWasGivenIsTrackedOnceItIsInserted(TestDb db) {
        for (Kind<?> kind : List.of(ENHANCED, PLAIN)) {
            afterInsert(db, kind);
        }
    }

    @Test
    void mutableOnAColumnThatIsNotJsonIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Registry.of(new MetaData(), List.of(MutableName.class)))
                .isInstanceOf(MappingError.class)
                .hasMessageContaining("MutableName.name is @Column(mutable = true) but not a JSON column");
    }

    @Test
    void theTypeCarriesTheOptIn() {
        assertThat(Types.json(Map.class).mutable()).isFalse();
        assertThat(Types.json(Map.class).asMutable().mutable()).isTrue();
        assertThat(Registry.of(new MetaData(), List.of(PlainProfile.class)).mapper(PlainProfile.class)
                .columns()).filteredOn(ColumnProperty::isMutable).extracting(ColumnProperty::name)
                .containsExactlyInAnyOrder("prefs", "labels");
    }

    private static <T> void inPlaceChangesAreWrittenOnce(TestDb db, Kind<T> kind) {
        try (Fixture f = new Fixture(db)) {
            Object id = f.seed(kind);
            try (Session s = f.sessions.open()) {
                T profile = s.get(kind.type(), id);
                kind.prefs().apply(profile).put("lang", "en");
                kind.prefs().apply(profile).remove("theme");
                kind.labels().apply(profile).add("b");
                assertThat(s.dirty()).containsExactly(profile);
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    s.flush();
                    assertThat(sql.sql()).singleElement().satisfies(q -> assertThat(q).startsWith("UPDATE " + kind.table()));
                }
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    s.flush(); // written: the copy (or the report) was renewed
                    assertThat(sql.sql()).isEmpty();
                }
                kind.prefs().apply(profile).clear(); // a second change after the flush is seen too
                s.commit();
            }
            assertThat(f.stored(kind, "prefs", id)).isEqualTo(Map.of());
            assertThat(f.stored(kind, "labels", id)).isEqualTo(List.of("a", "b"));
        }
    }

    private static <T> void inPlaceChangeWithoutOptInIsNotSeen(TestDb db, Kind<T> kind) {
        try (Fixture f = new Fixture(db)) {
            Object id = f.seed(kind);
            try (Session s = f.sessions.open()) {
                T profile = s.get(kind.type(), id);
                kind.notes().apply(profile).put("seen", 2); // the map in the snapshot is this same map
                assertThat(s.dirty()).isEmpty();
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    s.commit();
                    assertThat(sql.sql()).isEmpty();
                }
            }
            assertThat(f.stored(kind, "notes", id)).isEqualTo(Map.of("seen", 1));
        }
    }

    private static <T> void afterRollback(TestDb db, Kind<T> kind) {
        try (Fixture f = new Fixture(db)) {
            Object id = f.seed(kind);
            try (Session s = f.sessions.open()) {
                T profile = s.get(kind.type(), id);
                kind.prefs().apply(profile).put("theme", "light");
                s.flush();
                s.rollback(); // the field gets the loaded value back, as a copy of its own
                T again = s.get(kind.type(), id);
                assertThat(kind.prefs().apply(again)).isEqualTo(Map.of("theme", "dark"));
                kind.prefs().apply(again).put("font", "mono");
                s.commit();
            }
            assertThat(f.stored(kind, "prefs", id)).isEqualTo(Map.of("theme", "dark", "font", "mono"));
        }
    }

    private static <T> void afterInsert(TestDb db, Kind<T> kind) {
        try (Fixture f = new Fixture(db)) {
            Object id;
            try (Session s = f.sessions.open()) {
                T profile = kind.create().apply("p-2");
                s.add(profile);
                s.flush();
                id = kind.id().apply(profile);
                kind.prefs().apply(profile).put("theme", "light"); // the user's own map, changed after the INSERT
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    s.flush();
                    assertThat(sql.sql()).singleElement().satisfies(q -> assertThat(q).startsWith("UPDATE " + kind.table()));
                }
                s.commit();
            }
            assertThat(f.stored(kind, "prefs", id)).isEqualTo(Map.of("theme", "light"));
        }
    }

    private static Map<String, Object> map(String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }

    /** Both tables, fresh on one database. */
    private static final class Fixture implements AutoCloseable {
        final Registry registry = Registry.of(new MetaData(), List.of(Profile.class, PlainProfile.class));
        final SessionFactory sessions;
        private final TestDb db;

        Fixture(TestDb db) {
            this.db = db;
            registry.metadata().dropAll(db.engine());
            registry.metadata().createAll(db.engine());
            sessions = SessionFactory.builder(db.engine(), registry).build();
        }

        <T> Object seed(Kind<T> kind) {
            try (Session s = sessions.open()) {
                T profile = kind.create().apply("p-1");
                s.add(profile);
                s.commit();
                return kind.id().apply(profile);
            }
        }

        /** The column's value as stored, read with Core and decoded as JSON. */
        <T> Object stored(Kind<T> kind, String column, Object id) {
            var table = registry.metadata().table(kind.table());
            try (Connection connection = db.engine().connect()) {
                Object value = connection.execute(select(table.c(column)).where(table.c("id").eq(id))).scalarOne();
                return value instanceof String text ? Types.json(Object.class).decode(text) : value;
            }
        }

        @Override
        public void close() {
            registry.metadata().dropAll(db.engine());
        }
    }

    @Table("mutable_name")
    static class MutableName {
        @Column(primaryKey = true)
        Long id;
        @Column(mutable = true)
        String name;
    }
}
