package dev.athanor.orm;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.IntegrityError;
import dev.athanor.orm.model.keys.KeyType;
import dev.athanor.orm.model.keys.KeyedChild;
import dev.athanor.orm.model.keys.KeyedParent;
import dev.athanor.sql.Sql;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One-to-many, many-to-one and many-to-many loads with every loader strategy, over entity pairs
 * keyed by Integer, Long (beyond the int range), String, UUID and a composite key: what a load
 * finds must not depend on the class of the key, nor on how the driver reads it back.
 */
class KeyTypeLoadingTest {
    private static final List<String> CHILD_NAMES = List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6");

    @DatabaseTest
    void lazySelectLoadsEveryRelationshipOverEveryKeyType(TestDb db) {
        for (KeyType keyType : KeyType.values()) {
            check(db, keyType, Load::lazyLoad, false);
        }
    }

    @DatabaseTest
    void selectinLoadLoadsEveryRelationshipOverEveryKeyType(TestDb db) {
        for (KeyType keyType : KeyType.values()) {
            check(db, keyType, Load::selectinLoad, true);
        }
    }

    @DatabaseTest
    void joinedLoadLoadsEveryRelationshipOverEveryKeyType(TestDb db) {
        for (KeyType keyType : KeyType.values()) {
            check(db, keyType, Load::joinedLoad, true);
        }
    }

    @DatabaseTest
    void subqueryLoadLoadsEveryRelationshipOverEveryKeyType(TestDb db) {
        for (KeyType keyType : KeyType.values()) {
            check(db, keyType, Load::subqueryLoad, true);
        }
    }

    @DatabaseTest
    void sessionGetFindsEachKeyType(TestDb db) {
        forEachSeededKeyType(db, (keyType, sessions) -> {
            try (Session s = sessions.open()) {
                KeyedParent parent = s.get(keyType.parentClass(), keyType.parentKey(1));
                assertThat(parent).as(keyType.name()).isNotNull();
                assertThat(parent.getName()).isEqualTo("p1");
                assertThat(names(parent.getChildren())).as(keyType.name()).containsExactly("c2", "c3");
                assertThat((Object) s.get(keyType.parentClass(), keyType.parentKey(1))).isSameAs(parent);
                assertThat((Object) s.get(keyType.parentClass(), keyType.parentKey(7))).isNull();
            }
        });
    }

    /**
     * The primary-key select and its prepared shape are kept on the mapper and shared by every
     * session: two sessions on two threads get objects of their own, and misses stay misses.
     */
    @DatabaseTest
    void twoSessionsOnTwoThreadsGetEachKeyTypeAtOnce(TestDb db) {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            forEachSeededKeyType(db, (keyType, sessions) -> {
                Callable<List<Object>> lookups = () -> {
                    try (Session s = sessions.open()) {
                        List<Object> seen = new ArrayList<>();
                        for (int i = 0; i < 100; i++) {
                            KeyedParent parent = s.get(keyType.parentClass(), keyType.parentKey(1));
                            assertThat(parent.getName()).as(keyType.name()).isEqualTo("p1");
                            assertThat((Object) s.get(keyType.parentClass(), keyType.parentKey(7))).isNull();
                            seen.add(parent);
                            s.expunge(parent);
                        }
                        return seen;
                    }
                };
                Future<List<Object>> first = threads.submit(lookups);
                Future<List<Object>> second = threads.submit(lookups);
                try {
                    List<Object> a = first.get(60, TimeUnit.SECONDS);
                    List<Object> b = second.get(60, TimeUnit.SECONDS);
                    assertThat(a).as(keyType.name()).hasSize(100).doesNotHaveDuplicates();
                    assertThat(b).as(keyType.name()).hasSize(100).doesNotHaveDuplicates()
                            .noneMatch(o -> a.stream().anyMatch(other -> other == o));
                } catch (Exception e) {
                    throw new AssertionError(keyType.name() + ": a lookup thread failed", e);
                }
            });
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Each transaction level gives back, in memory and in the database, what the object was before
     * that level wrote it, also after a flush failed inside the savepoint; the pool ends with no
     * connection out.
     */
    @DatabaseTest
    void savepointAndTransactionRollbacksGiveBackEachKeyTypesValues(TestDb db) {
        forEachSeededKeyType(db, (keyType, sessions) -> {
            String table = EntityTable.of(keyType.parentClass()).name();
            try (Session s = sessions.open()) {
                KeyedParent parent = s.get(keyType.parentClass(), keyType.parentKey(1));
                parent.setName("p1-outer");
                s.flush();
                Savepoint inner = s.beginNested();
                parent.setName("p1-inner");
                s.flush();
                assertThat(parentNames(s, table)).as(keyType.name()).containsExactly("p0", "p1-inner", "p2");
                // a row whose key is taken: the savepoint's flush fails, and its rollback undoes the level
                s.add(keyType.seed().stream().filter(o -> o instanceof KeyedParent p && p.getName().equals("p2"))
                        .findFirst().orElseThrow());
                parent.setName("p1-failed");
                assertThatThrownBy(s::flush).isInstanceOf(IntegrityError.class);
                inner.rollback();
                assertThat(parent.getName()).as(keyType.name()).isEqualTo("p1-outer");
                assertThat(parentNames(s, table)).as(keyType.name()).containsExactly("p0", "p1-outer", "p2");
                s.rollback();
                assertThat(parent.getName()).as(keyType.name()).isEqualTo("p1");
            }
            try (Session s = sessions.open()) {
                assertThat(parentNames(s, table)).as(keyType.name()).containsExactly("p0", "p1", "p2");
            }
            assertThat(db.engine().poolStatus().checkedOut()).as(keyType.name()).isZero();
        });
    }

    /**
     * A loaded child added to another parent's collection, its old parent's collection not loaded
     * (c0 from p0 to p2, and c6, which had none, to p1), is written with the new parent's key,
     * single-column or composite; read back in a new session.
     */
    @DatabaseTest
    void aLoadedChildAddedToAnotherParentIsWrittenForEachKeyType(TestDb db) {
        forEachSeededKeyType(db, (keyType, sessions) -> {
            EntityTable<? extends KeyedChild> child = EntityTable.of(keyType.childClass());
            try (Session s = sessions.open()) {
                for (String[] move : new String[][] {{"c0", "2"}, {"c6", "1"}}) {
                    KeyedChild moved = s.<KeyedChild>scalars(select(keyType.childClass())
                            .where(child.<String>attribute("name").eq(move[0]))).one();
                    KeyedParent parent = s.get(keyType.parentClass(), keyType.parentKey(Integer.parseInt(move[1])));
                    children(parent).add(moved);
                    assertThat(moved.getParent()).as(keyType.name()).isSameAs(parent);
                }
                s.commit();
            }
            try (Session s = sessions.open()) {
                for (String[] expected : new String[][] {{"0", "c1"}, {"1", "c2", "c3", "c6"}, {"2", "c0", "c4", "c5"}}) {
                    KeyedParent parent = s.get(keyType.parentClass(), keyType.parentKey(Integer.parseInt(expected[0])));
                    assertThat(parent.getChildren()).as(keyType.name() + " p" + expected[0]).extracting(KeyedChild::getName)
                            .containsExactly(java.util.Arrays.copyOfRange(expected, 1, expected.length));
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Collection<KeyedChild> children(KeyedParent parent) {
        return (Collection<KeyedChild>) parent.getChildren();
    }

    private static List<String> parentNames(Session s, String table) {
        return s.execute(Sql.text("SELECT name FROM " + table + " ORDER BY name")).<String>scalars().all();
    }

    /** Runs {@code test} once per key type, on its tables created and seeded, dropped afterwards. */
    private static void forEachSeededKeyType(TestDb db, BiConsumer<KeyType, SessionFactory> test) {
        for (KeyType keyType : KeyType.values()) {
            withSeeded(db, keyType, sessions -> test.accept(keyType, sessions));
        }
    }

    /** Runs {@code test} on the key type's tables, created and seeded, dropped afterwards. */
    private static void withSeeded(TestDb db, KeyType keyType, Consumer<SessionFactory> test) {
        Registry registry = keyType.registry();
        keyType.create(registry, db.engine());
        try {
            SessionFactory sessions = SessionFactory.builder(db.engine(), registry).build();
            try (Session s = sessions.open()) {
                keyType.seed().forEach(s::add);
                s.commit();
            }
            test.accept(sessions);
        } finally {
            keyType.drop(registry, db.engine());
        }
    }

    private static void check(TestDb db, KeyType keyType, Function<RelationshipAttribute<?, ?>, LoaderOption> option,
                              boolean eager) {
        withSeeded(db, keyType, sessions -> {
            EntityTable<? extends KeyedParent> parent = EntityTable.of(keyType.parentClass());
            EntityTable<? extends KeyedChild> child = EntityTable.of(keyType.childClass());
            String what = keyType.name();

            try (Session s = sessions.open()) {
                List<KeyedParent> parents = s.<KeyedParent>scalars(select(parent)
                        .options(option.apply(parent.relationship("children", keyType.childClass())))
                        .orderBy(parent.attribute("name"))).unique().all();
                long sent = s.stats().statements();
                assertThat(parents).extracting(p -> names(p.getChildren())).as(what + " one-to-many")
                        .containsExactly(List.of("c0", "c1"), List.of("c2", "c3"), List.of("c4", "c5"));
                assertStatements(s, sent, eager, what + " one-to-many");
            }
            try (Session s = sessions.open()) {
                List<KeyedChild> children = s.<KeyedChild>scalars(select(child)
                        .options(option.apply(child.relationship("parent", keyType.parentClass())))
                        .orderBy(child.attribute("name"))).unique().all();
                long sent = s.stats().statements();
                assertThat(children).extracting(KeyedChild::getName).containsExactlyElementsOf(CHILD_NAMES);
                assertThat(children).extracting(c -> c.getParent() == null ? null : c.getParent().getName())
                        .as(what + " many-to-one").containsExactly("p0", "p0", "p1", "p1", "p2", "p2", null);
                assertStatements(s, sent, eager, what + " many-to-one");
            }
            try (Session s = sessions.open()) {
                List<KeyedParent> parents = s.<KeyedParent>scalars(select(parent)
                        .options(option.apply(parent.relationship("tagged", keyType.childClass())))
                        .orderBy(parent.attribute("name"))).unique().all();
                long sent = s.stats().statements();
                assertThat(parents).extracting(p -> names(p.getTagged())).as(what + " many-to-many")
                        .containsExactly(List.of("c1", "c4"), List.of("c0"), List.of());
                assertStatements(s, sent, eager, what + " many-to-many");
            }
            try (Session s = sessions.open()) {
                List<KeyedChild> children = s.<KeyedChild>scalars(select(child)
                        .options(option.apply(child.relationship("taggedBy", keyType.parentClass())))
                        .orderBy(child.attribute("name"))).unique().all();
                long sent = s.stats().statements();
                assertThat(children).extracting(c -> names(c.getTaggedBy())).as(what + " many-to-many, other side")
                        .containsExactly(List.of("p1"), List.of("p0"), List.of(), List.of(), List.of("p0"), List.of(),
                                List.of());
                assertStatements(s, sent, eager, what + " many-to-many, other side");
            }
        });
    }

    /** Eager strategies loaded everything with the query; lazy loads sent one statement per object. */
    private static void assertStatements(Session s, long sentByQuery, boolean eager, String what) {
        if (eager) {
            assertThat(s.stats().statements()).as(what + ": statements after the query").isEqualTo(sentByQuery);
        } else {
            assertThat(s.stats().statements()).as(what + ": lazy loads").isGreaterThan(sentByQuery);
        }
    }

    /** The names in sorted order: joinedLoad does not apply a collection's orderBy (a known gap). */
    private static List<String> names(Collection<?> objects) {
        return objects.stream().map(o -> o instanceof KeyedParent p ? p.getName() : ((KeyedChild) o).getName())
                .sorted().toList();
    }
}
