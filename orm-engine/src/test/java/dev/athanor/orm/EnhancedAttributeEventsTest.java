package dev.athanor.orm;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.Athanor;
import dev.athanor.exc.DetachedInstanceError;
import dev.athanor.orm.enhanced.EnhancedModels;
import dev.athanor.orm.enhanced.Novel;
import dev.athanor.orm.enhanced.Novel_;
import dev.athanor.orm.enhanced.Passport;
import dev.athanor.orm.enhanced.Post;
import dev.athanor.orm.enhanced.PostTag;
import dev.athanor.orm.enhanced.Tag;
import dev.athanor.orm.enhanced.Writer;
import dev.athanor.orm.enhanced.Writer_;
import dev.athanor.orm.internal.Enhanced;
import dev.athanor.orm.model.RelAuthor;
import dev.athanor.orm.plain.Fan;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDb;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Classes enhanced at build time (the test build runs AthanorEnhancer over dev.athanor.orm.enhanced)
 * report attribute events on every instance: backPopulates pairs stay in step on objects made with
 * {@code new}, a flush writes exactly the objects that reported a change, history comes from the
 * same events, and plain classes in the same session work as before.
 */
class EnhancedAttributeEventsTest {

    @Test
    void enhancedClassesAreUsedAsTheyAreWithoutARuntimeSubclass() {
        assertThat(new Writer("w")).isInstanceOf(Enhanced.class);
        assertThat(new RelAuthor("plain")).isNotInstanceOf(Enhanced.class);
        Registry registry = EnhancedModels.registry();
        assertThat(registry.mapper(Writer.class).newLoadedInstance()).hasSameClassAs(new Writer("w"));
        assertThat(registry.mapper(RelAuthor.class).newLoadedInstance().getClass()).isNotEqualTo(RelAuthor.class);
    }

    @Test
    void manyToOneAndCollectionKeepEachOtherInStepOnNewObjects() {
        Writer bob = new Writer("bob");
        Writer ann = new Writer("ann");
        Novel sa = new Novel("SQLAlchemy in Action");
        sa.setWriter(bob);
        assertThat(bob.getNovels()).containsExactly(sa);

        Novel second = new Novel("Second");
        bob.getNovels().add(second);
        assertThat(second.getWriter()).isSameAs(bob);

        sa.setWriter(ann); // moves: leaves bob's collection, joins ann's
        assertThat(bob.getNovels()).containsExactly(second);
        assertThat(ann.getNovels()).containsExactly(sa);

        bob.getNovels().remove(second);
        assertThat(second.getWriter()).isNull();
        ann.setNovels(new java.util.ArrayList<>(List.of(second)));
        assertThat(second.getWriter()).isSameAs(ann);
        assertThat(sa.getWriter()).isNull(); // replaced collection: the member that left loses its writer
    }

    @Test
    void oneToOneMovesBetweenOwnersOnNewObjects() {
        Writer bob = new Writer("bob");
        Writer ann = new Writer("ann");
        Passport passport = new Passport(UUID.randomUUID(), "P-1");
        bob.setPassport(passport);
        assertThat(passport.getHolder()).isSameAs(bob);
        passport.setHolder(ann);
        assertThat(ann.getPassport()).isSameAs(passport);
        assertThat(bob.getPassport()).isNull();
    }

    @Test
    void associationObjectsLinkBothParentsWhenConstructed() {
        Tag python = new Tag(UUID.randomUUID(), "python");
        PostTag link = new PostTag(python, "alice");
        assertThat(python.getPosts()).containsExactly(link);
        Post post = new Post("fastapi-tour", "FastAPI tour", List.of(link));
        assertThat(link.getPost()).isSameAs(post);
        assertThat(post.getTags()).containsExactly(link);
    }

    @DatabaseTest
    void newObjectsLinkedByEventsAreWrittenWithTheirKeys(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            UUID pythonId = UUID.randomUUID();
            UUID passportId = UUID.randomUUID();
            try (Session s = f.sessions.open()) {
                Writer bob = new Writer("bob");
                new Novel("SQLAlchemy in Action").setWriter(bob);
                bob.setPassport(new Passport(passportId, "P-1"));
                Tag python = new Tag(pythonId, "python");
                s.add(new Post("fastapi-tour", "FastAPI tour", List.of(new PostTag(python, "alice"))));
                s.add(python);
                s.add(bob); // cascades to the novel and passport the events put in bob's attributes
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                Writer bob = s.<Writer>scalars(select(Writer.class)).one();
                assertThat(bob.getNovels()).extracting(Novel::getTitle).containsExactly("SQLAlchemy in Action");
                assertThat(bob.getPassport().getId()).isEqualTo(passportId);
                Post post = s.get(Post.class, "fastapi-tour");
                assertThat(post.getTags()).singleElement().satisfies(link -> {
                    assertThat(link.getAddedBy()).isEqualTo("alice");
                    assertThat(link.getTag().getId()).isEqualTo(pythonId);
                });
            }
        }
    }

    /**
     * An enhanced object whose column was set to the value it had (a reported change, nothing to
     * write) and that then moved to another writer is written: the foreign key the flush fills in
     * is its one change. Read back in a new session.
     */
    @DatabaseTest
    void anEnhancedObjectReportedButUnchangedThenMovedIsWritten(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            f.seedWriters("ann", "bob");
            f.seedNovel("ann", "Dune");
            try (Session s = f.sessions.open()) {
                Novel dune = s.<Novel>scalars(select(Novel.class)).one();
                dune.setTitle(dune.getTitle());
                dune.setWriter(EnhancedFixture.writer(s, "bob"));
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(EnhancedFixture.writer(s, "bob").getNovels()).extracting(Novel::getTitle).containsExactly("Dune");
                assertThat(EnhancedFixture.writer(s, "ann").getNovels()).isEmpty();
            }
        }
    }

    /**
     * An enhanced novel moved to another writer inside a savepoint that is rolled back is back with
     * its first writer, in both writers' collections as in the database.
     */
    @DatabaseTest
    void rollingBackASavepointGivesAMovedEnhancedObjectItsWriterBack(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            f.seedWriters("ann", "bob");
            f.seedNovel("ann", "Dune");
            try (Session s = f.sessions.open()) {
                Writer ann = EnhancedFixture.writer(s, "ann");
                Writer bob = EnhancedFixture.writer(s, "bob");
                Novel dune = ann.getNovels().get(0);
                Savepoint savepoint = s.beginNested();
                bob.getNovels().add(dune);
                assertThat(ann.getNovels()).isEmpty();
                s.flush();
                savepoint.rollback();
                assertThat(dune.getWriter()).isSameAs(ann);
                assertThat(ann.getNovels()).containsExactly(dune);
                assertThat(bob.getNovels()).isEmpty();
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(EnhancedFixture.writer(s, "ann").getNovels()).extracting(Novel::getTitle).containsExactly("Dune");
                assertThat(EnhancedFixture.writer(s, "bob").getNovels()).isEmpty();
            }
        }
    }

    /** A new enhanced object's history: added while pending, unchanged once flushed, a write after that both. */
    @DatabaseTest
    void aNewEnhancedObjectsHistoryFollowsItsFlushAndItsWrites(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            try (Session s = f.sessions.open()) {
                Writer ann = new Writer("ann");
                s.add(ann);
                assertThat(Athanor.inspect(s, ann).history("name"))
                        .isEqualTo(new AttributeHistory(List.of("ann"), List.of(), List.of()));
                s.flush();
                assertThat(Athanor.inspect(s, ann).history("name"))
                        .isEqualTo(new AttributeHistory(List.of(), List.of("ann"), List.of()));
                ann.setName("anne");
                assertThat(Athanor.inspect(s, ann).history("name"))
                        .isEqualTo(new AttributeHistory(List.of("anne"), List.of(), List.of("ann")));
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(s.<Writer>scalars(select(Writer.class)).one().getName()).isEqualTo("anne");
            }
        }
    }

    @DatabaseTest
    void aFlushUpdatesOnlyTheObjectsThatReportedAChange(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            f.seedWriters("ann", "bob", "cy");
            try (Session s = f.sessions.open()) {
                List<Writer> writers = s.<Writer>scalars(select(Writer.class).orderBy(Writer_.name)).all();
                writers.get(1).setName("robert");
                assertThat(s.dirty()).containsExactly(writers.get(1));
                var history = Athanor.inspect(s, writers.get(1)).history("name");
                assertThat(history.added()).containsExactly("robert");
                assertThat(history.deleted()).containsExactly("bob");
                assertThat(Athanor.inspect(s, writers.get(0)).history("name").unchanged()).containsExactly("ann");
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    s.flush();
                    assertThat(sql.sql()).singleElement().satisfies(q -> assertThat(q).startsWith("UPDATE enh_writer"));
                }
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    s.flush(); // the change was written: nothing reported since
                    assertThat(sql.sql()).isEmpty();
                }
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(s.<Writer>scalars(select(Writer.class).orderBy(Writer_.name)).all()).extracting(Writer::getName)
                        .containsExactly("ann", "cy", "robert");
            }
        }
    }

    @DatabaseTest
    void foreignKeysTheFlushFillsInAreWrittenAndLazyLoadsAndQueriesAutoflushFirst(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            f.seedWriters("ann", "bob");
            f.seedNovel("ann", "First");
            try (Session s = f.sessions.open()) {
                Writer ann = EnhancedFixture.writer(s, "ann");
                Writer bob = EnhancedFixture.writer(s, "bob");
                Novel first = s.<Novel>scalars(select(Novel.class)).one();
                bob.getNovels().add(first); // neither side of first's writer is loaded: the flush writes writer_id
                assertThat(first.getWriter()).isSameAs(bob); // the lazy load autoflushed, then read bob's key
                ann.setName("anne");
                assertThat(s.<Writer>scalars(select(Writer.class).where(Writer_.name.eq("anne"))).all())
                        .containsExactly(ann); // the query autoflushed the reported change
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(s.<Novel>scalars(select(Novel.class)).one().getWriter().getName()).isEqualTo("bob");
            }
        }
    }

    @DatabaseTest
    void aLazyLoadFlushesOnlyWhenAnEnhancedObjectReportedAChange(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            f.seedWriters("ann", "bob");
            f.seedNovel("ann", "First");
            f.seedNovel("bob", "Second");
            int[] flushes = {0};
            f.sessions.addListener(new SessionListener() {
                @Override
                public void beforeFlush(Session session) {
                    flushes[0]++;
                }
            });
            try (Session s = f.sessions.open()) {
                List<Novel> novels = s.scalars(select(Novel.class).orderBy(Novel_.title)).all();
                int afterQuery = flushes[0];
                assertThat(novels.get(0).getWriter().getName()).isEqualTo("ann"); // nothing changed: no flush
                assertThat(flushes[0]).isEqualTo(afterQuery);

                Writer ann = novels.get(0).getWriter();
                novels.get(1).setWriter(ann); // a relationship change: the next lazy load flushes it first
                assertThat(ann.getNovels()).extracting(Novel::getTitle).containsExactlyInAnyOrder("First", "Second");
                assertThat(flushes[0]).isEqualTo(afterQuery + 1);
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(EnhancedFixture.writer(s, "ann").getNovels()).hasSize(2);
            }
        }
    }

    @DatabaseTest
    void enhancedAndPlainObjectsChangeInOneSession(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            try (Session s = f.sessions.open()) {
                s.add(new Writer("ann"));
                s.add(new RelAuthor("plain"));
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                Writer ann = s.<Writer>scalars(select(Writer.class)).one();
                RelAuthor plain = s.<RelAuthor>scalars(select(RelAuthor.class)).one();
                ann.setName("anne");
                plain.setName("plainer"); // found by the snapshot compare, as before
                assertThat(s.dirty()).containsExactlyInAnyOrder(ann, plain);
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(s.<Writer>scalars(select(Writer.class)).one().getName()).isEqualTo("anne");
                assertThat(s.<RelAuthor>scalars(select(RelAuthor.class)).one().getName()).isEqualTo("plainer");
            }
        }
    }

    /**
     * A relationship between an enhanced and a plain class: the enhanced side's events keep the
     * plain side in step at once, new or loaded; a write on the plain side is found by the flush (its
     * snapshot), as for any plain class; each side lazy-loads the other, and the rows carry the keys.
     */
    @DatabaseTest
    void aRelationshipBetweenAnEnhancedAndAPlainClassWorksBothWays(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            Writer ann = new Writer("ann");
            Fan joe = new Fan("joe");
            ann.getFans().add(joe);
            assertThat(joe.getWriter()).as("set by the enhanced collection's event").isSameAs(ann);
            try (Session s = f.sessions.open()) {
                s.add(ann);
                s.add(new Writer("bob"));
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                Fan fan = s.<Fan>scalars(select(Fan.class)).one();
                Writer annLoaded = fan.getWriter();
                assertThat(annLoaded.getName()).isEqualTo("ann");
                assertThat(annLoaded.getFans()).containsExactly(fan);
                Writer bob = EnhancedFixture.writer(s, "bob");
                annLoaded.getFans().remove(fan);
                bob.getFans().add(fan);
                assertThat(fan.getWriter()).isSameAs(bob);
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                Fan fan = s.<Fan>scalars(select(Fan.class)).one();
                assertThat(fan.getWriterId()).isEqualTo(EnhancedFixture.writer(s, "bob").getId());
                Writer annAgain = EnhancedFixture.writer(s, "ann");
                fan.setWriter(annAgain); // the plain side: its runtime subclass keeps ann's fans in step
                assertThat(s.dirty()).contains(fan);
                assertThat(annAgain.getFans()).containsExactly(fan); // loading them flushes first
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(EnhancedFixture.writer(s, "ann").getFans()).extracting(Fan::getName).containsExactly("joe");
                assertThat(EnhancedFixture.writer(s, "bob").getFans()).isEmpty();
                assertThat(s.<Fan>scalars(select(Fan.class)).all()).hasSize(1);
            }
        }
    }

    @DatabaseTest
    void relationshipFieldsOfLoadedObjectsLoadOnAccessAndNotAfterTheSessionCloses(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            f.seedWriters("ann");
            Writer detached;
            try (Session s = f.sessions.open()) {
                Writer ann = s.<Writer>scalars(select(Writer.class)).one();
                ann.getNovels().add(new Novel("One"));
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                Writer ann = s.<Writer>scalars(select(Writer.class)).one();
                assertThat(ann.getNovels()).extracting(Novel::getTitle).containsExactly("One");
                detached = s.<Writer>scalars(select(Writer.class)).one();
                s.expunge(detached);
            }
            assertThatThrownBy(detached::getPassport).isInstanceOf(DetachedInstanceError.class)
                    .hasMessageContaining("passport");
        }
    }
}
