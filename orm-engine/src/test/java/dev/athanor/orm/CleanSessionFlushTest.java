package dev.athanor.orm;

import static dev.athanor.orm.Load.selectinLoad;
import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.orm.enhanced.Novel;
import dev.athanor.orm.enhanced.Novel_;
import dev.athanor.orm.enhanced.Post;
import dev.athanor.orm.enhanced.PostTag;
import dev.athanor.orm.enhanced.Tag;
import dev.athanor.orm.enhanced.Writer;
import dev.athanor.orm.enhanced.Writer_;
import dev.athanor.orm.model.RelAuthor;
import dev.athanor.sql.Sql;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDb;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A session whose held objects are all enhanced and reported nothing since the last flush is clean
 * (SQLAlchemy's {@code Session._is_clean()}): its flush, and the flush of its commit, fire no
 * {@code beforeFlush}/{@code afterFlush} and send nothing. Any reported change (a column, a
 * many-to-one, a collection) makes the next flush run and write exactly that change; a session
 * holding a plain object still runs its flush to compare it.
 */
class CleanSessionFlushTest {
    private static final int WRITERS = 40;

    /** Counts the flush events of every session of one factory. */
    private static final class FlushEvents implements SessionListener {
        int before;
        int after;

        @Override
        public void beforeFlush(Session session) {
            before++;
        }

        @Override
        public void afterFlush(Session session) {
            after++;
        }
    }

    /** {@code WRITERS} writers (Long keys), two novels (Integer), a post (String) tagged (composite) with a tag (UUID). */
    private static FlushEvents seed(EnhancedFixture f) {
        f.seedWriters(IntStream.range(0, WRITERS).mapToObj(i -> String.format("w%02d", i)).toArray(String[]::new));
        f.seedNovel("w00", "First");
        f.seedNovel("w01", "Second");
        try (Session s = f.sessions.open()) {
            Tag python = new Tag(UUID.randomUUID(), "python");
            s.add(python);
            s.add(new Post("tour", "Tour", List.of(new PostTag(python, "alice"))));
            s.commit();
        }
        FlushEvents events = new FlushEvents();
        f.sessions.addListener(events);
        return events;
    }

    /** Loads every row of the enhanced model, collections too; returns the writers by name. */
    private static List<Writer> loadEverything(Session s) {
        List<Writer> writers = s.<Writer>scalars(select(Writer.class).orderBy(Writer_.name)
                .options(selectinLoad(Writer_.novels))).all();
        s.<Novel>scalars(select(Novel.class)).all().forEach(Novel::getWriter);
        s.<Post>scalars(select(Post.class)).all().forEach(p -> p.getTags().forEach(PostTag::getTag));
        s.<Tag>scalars(select(Tag.class)).all().forEach(t -> t.getPosts().size());
        return writers;
    }


    /** Counts rows with a statement that does not autoflush (the session's own connection, so its transaction). */
    private static long count(Session s, String sql) {
        long[] found = {0};
        s.withConnection(c -> found[0] = ((Number) c.execute(Sql.text(sql)).scalar()).longValue());
        return found[0];
    }

    @DatabaseTest
    void aSessionThatChangedNothingFlushesAndCommitsWithoutEventsOrStatements(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            FlushEvents events = seed(f);
            try (Session s = f.sessions.open()) {
                assertThat(loadEverything(s)).hasSize(WRITERS);
                assertThat(events.before).isZero(); // the queries' and lazy loads' autoflushes were clean too
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    s.flush();
                    s.flush();
                    assertThat(sql.sql()).isEmpty();
                    s.commit();
                    assertThat(sql.writes()).isEmpty();
                }
                assertThat(events.before).isZero();
                assertThat(events.after).isZero();
            }
        }
    }

    @DatabaseTest
    void oneColumnChangeOfEachKeyTypeMakesTheNextFlushWriteOneUpdate(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            FlushEvents events = seed(f);
            try (Session s = f.sessions.open()) {
                List<Writer> writers = loadEverything(s);
                Novel first = writers.get(0).getNovels().get(0);
                Post tour = s.get(Post.class, "tour");
                PostTag link = tour.getTags().get(0);
                Tag python = link.getTag();
                List<Runnable> changes = List.of(() -> writers.get(7).setName("seventh"), () -> first.setTitle("Prime"),
                        () -> tour.setTitle("Grand tour"), () -> python.setName("py"), () -> link.setAddedBy("bob"));
                List<String> tables = List.of("enh_writer", "enh_novel", "enh_post", "enh_tag", "enh_post_tag");
                for (int i = 0; i < changes.size(); i++) {
                    changes.get(i).run();
                    try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                        s.flush();
                        assertThat(sql.sql()).singleElement().asString().startsWith("UPDATE " + tables.get(i));
                    }
                    assertThat(events.before).isEqualTo(i + 1);
                    assertThat(events.after).isEqualTo(i + 1);
                    s.flush(); // written: clean again
                    assertThat(events.before).isEqualTo(i + 1);
                }
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(EnhancedFixture.writer(s, "seventh").getId()).isNotNull();
                assertThat(s.<Novel>scalars(select(Novel.class).where(Novel_.title.eq("Prime"))).all()).hasSize(1);
                Post tour = s.get(Post.class, "tour");
                assertThat(tour.getTitle()).isEqualTo("Grand tour");
                assertThat(tour.getTags()).singleElement().satisfies(link -> {
                    assertThat(link.getAddedBy()).isEqualTo("bob");
                    assertThat(link.getTag().getName()).isEqualTo("py");
                });
            }
        }
    }

    @DatabaseTest
    void aRelationshipOrCollectionChangeAloneIsFlushed(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            FlushEvents events = seed(f);
            try (Session s = f.sessions.open()) {
                List<Writer> writers = loadEverything(s);
                Writer w00 = writers.get(0);
                Writer w01 = writers.get(1);
                Writer w02 = writers.get(2);
                Novel first = w00.getNovels().get(0);
                Novel second = w01.getNovels().get(0);
                List<Runnable> steps = List.of(
                        () -> first.setWriter(w02), // a many-to-one alone: UPDATE of the foreign key
                        () -> w02.getNovels().add(second), // a collection append alone: the same
                        () -> w02.getNovels().remove(first)); // a collection removal: delete-orphan
                List<String> expected = List.of("UPDATE enh_novel", "UPDATE enh_novel", "DELETE FROM enh_novel");
                for (int i = 0; i < steps.size(); i++) {
                    try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                        steps.get(i).run();
                        s.flush();
                        assertThat(sql.writes()).singleElement().asString().startsWith(expected.get(i));
                    }
                    assertThat(events.before).isEqualTo(i + 1);
                    assertThat(events.after).isEqualTo(i + 1);
                }
                assertThat(count(s, "SELECT COUNT(*) FROM enh_novel WHERE writer_id = " + w02.getId())).isEqualTo(1);
                assertThat(count(s, "SELECT COUNT(*) FROM enh_novel")).isEqualTo(1);
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(EnhancedFixture.writer(s, "w02").getNovels()).extracting(Novel::getTitle).containsExactly("Second");
                assertThat(EnhancedFixture.writer(s, "w00").getNovels()).isEmpty();
            }
        }
    }

    @DatabaseTest
    void aSessionHoldingAPlainObjectStillRunsItsFlush(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            FlushEvents events = seed(f);
            try (Session s = f.sessions.open()) {
                s.add(new RelAuthor("plain"));
                s.commit();
            }
            events.before = 0;
            events.after = 0;
            try (Session s = f.sessions.open()) {
                loadEverything(s);
                s.<RelAuthor>scalars(select(RelAuthor.class)).one();
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    s.flush(); // the plain object cannot report changes: the flush compares it
                    assertThat(sql.sql()).isEmpty();
                }
                assertThat(events.before).isEqualTo(1);
                assertThat(events.after).isZero(); // nothing was written
            }
        }
    }

    @DatabaseTest
    void anEmptySessionFlushesAndCommitsWithoutEventsOrStatements(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            FlushEvents events = seed(f);
            try (Session s = f.sessions.open(); SqlRecorder sql = SqlRecorder.on(db.engine())) {
                s.flush();
                s.commit();
                assertThat(sql.sql()).isEmpty();
            }
            assertThat(events.before).isZero();
            assertThat(events.after).isZero();
        }
    }
}
