package dev.athanor.orm;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.Athanor;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.orm.enhanced.Novel;
import dev.athanor.orm.enhanced.Post;
import dev.athanor.orm.enhanced.PostTag;
import dev.athanor.orm.enhanced.Tag;
import dev.athanor.orm.enhanced.Tag_;
import dev.athanor.orm.enhanced.Writer;
import dev.athanor.orm.enhanced.Writer_;
import dev.athanor.orm.model.RelAuthor;
import dev.athanor.orm.model.RelAuthor_;
import dev.athanor.sql.Sql;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * How a session finds the states of the objects it holds ({@code TrackedStates}: through each
 * instrumented object's own slot, with expunged states left in place until compaction), seen
 * through the public API only: membership, inspected state, and what flushes write after objects
 * are expunged, added again, moved between sessions, or the session is closed or cleared.
 */
class TrackedStatesTest {

    private static ObjectState stateOf(Session s, Object object) {
        return Athanor.inspect(s, object).state();
    }


    private static long count(Session s, String sql) {
        return ((Number) s.execute(Sql.text(sql)).scalar()).longValue();
    }

    private static void seedTags(EnhancedFixture f, int count) {
        try (Session s = f.sessions.open()) {
            IntStream.range(0, count).forEach(i -> s.add(new Tag(UUID.randomUUID(), String.format("t%03d", i))));
            s.commit();
        }
    }

    @DatabaseTest
    void anExpungedLoadedObjectAddedAgainIsPersistentAndItsChangeIsAnUpdate(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            f.seedWriters("ann", "bob");
            seedTags(f, 1);
            try (Session s = f.sessions.open()) {
                Writer ann = EnhancedFixture.writer(s, "ann");
                Writer bob = EnhancedFixture.writer(s, "bob");
                Tag tag = s.<Tag>scalars(select(Tag.class)).one();
                for (Object object : List.of(ann, bob, tag)) {
                    s.expunge(object);
                    assertThat(s.contains(object)).isFalse();
                    assertThat(stateOf(s, object)).isEqualTo(ObjectState.DETACHED);
                }
                ann.setName("anne"); // while detached: nothing reports it
                tag.setName("renamed");
                for (Object object : List.of(ann, bob, tag)) {
                    s.add(object);
                    assertThat(s.contains(object)).isTrue();
                    assertThat(stateOf(s, object)).isEqualTo(ObjectState.PERSISTENT);
                }
                assertThat(s.newObjects()).isEmpty();
                assertThat(s.dirty()).containsExactlyInAnyOrder(ann, tag);
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    s.flush();
                    assertThat(sql.writes()).hasSize(2).allSatisfy(q -> assertThat(q).startsWith("UPDATE"));
                }
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(s.<Writer>scalars(select(Writer.class).orderBy(Writer_.name)).all()).extracting(Writer::getName)
                        .containsExactly("anne", "bob");
                assertThat(s.<Tag>scalars(select(Tag.class)).one().getName()).isEqualTo("renamed");
            }
        }
    }

    @DatabaseTest
    void aMemberAppendedWhileDetachedIsInsertedOnceTheObjectIsAddedAgain(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            f.seedWriters("ann");
            f.seedNovel("ann", "One");
            f.seedNovel("ann", "Two");
            Writer ann;
            try (Session s = f.sessions.open()) {
                ann = EnhancedFixture.writer(s, "ann");
                assertThat(ann.getNovels()).hasSize(2);
            }
            ann.getNovels().add(new Novel("Three")); // while detached: cascaded in when ann is added again
            try (Session s = f.sessions.open()) {
                s.add(ann);
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    s.commit();
                    assertThat(sql.writes()).singleElement().asString().contains("INSERT INTO enh_novel");
                }
            }
            try (Session s = f.sessions.open()) {
                assertThat(EnhancedFixture.writer(s, "ann").getNovels())
                        .extracting(Novel::getTitle).containsExactly("One", "Three", "Two");
            }
        }
    }

    @DatabaseTest
    void expungingTwoHundredOfThreeHundredLeavesTheOthersTrackedAndWritten(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            f.seedWriters(IntStream.range(0, 150).mapToObj(i -> String.format("w%03d", i)).toArray(String[]::new));
            seedTags(f, 150);
            try (Session s = f.sessions.open()) {
                List<Object> loaded = new ArrayList<>();
                List<Writer> writers = s.<Writer>scalars(select(Writer.class).orderBy(Writer_.name)).all();
                List<Tag> tags = s.<Tag>scalars(select(Tag.class).orderBy(Tag_.name)).all();
                for (int i = 0; i < 150; i++) {
                    loaded.add(writers.get(i)); // Long and UUID keys interleaved
                    loaded.add(tags.get(i));
                }
                List<Object> kept = new ArrayList<>();
                List<Object> expunged = new ArrayList<>();
                for (int i = 0; i < loaded.size(); i++) {
                    (i % 3 == 0 ? kept : expunged).add(loaded.get(i));
                }
                expunged.forEach(s::expunge); // two thirds marked removed: left in the list, skipped
                assertThat(kept).hasSize(100).allSatisfy(o -> {
                    assertThat(s.contains(o)).isTrue();
                    assertThat(stateOf(s, o)).isEqualTo(ObjectState.PERSISTENT);
                });
                assertThat(expunged).hasSize(200).allSatisfy(o -> {
                    assertThat(s.contains(o)).isFalse();
                    assertThat(stateOf(s, o)).isEqualTo(ObjectState.DETACHED);
                });
                for (Object o : loaded) {
                    String mark = kept.contains(o) ? "kept" : "gone";
                    if (o instanceof Writer w) {
                        w.setName(mark + "-" + w.getName());
                    } else {
                        ((Tag) o).setName(mark + "-" + ((Tag) o).getName());
                    }
                }
                assertThat(s.dirty()).containsExactlyInAnyOrderElementsOf(kept);
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(count(s, "SELECT COUNT(*) FROM enh_writer WHERE name LIKE 'kept-%'")).isEqualTo(50);
                assertThat(count(s, "SELECT COUNT(*) FROM enh_tag WHERE name LIKE 'kept-%'")).isEqualTo(50);
                assertThat(count(s, "SELECT COUNT(*) FROM enh_writer WHERE name LIKE 'gone-%'")).isZero();
                assertThat(count(s, "SELECT COUNT(*) FROM enh_tag WHERE name LIKE 'gone-%'")).isZero();
                assertThat(count(s, "SELECT COUNT(*) FROM enh_writer")).isEqualTo(150);
            }
        }
    }

    @DatabaseTest
    void expungingEveryObjectOneByOneThenAddingSomeBackAndLoadingMoreTracksEachOnce(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            f.seedWriters(IntStream.range(0, 200).mapToObj(i -> String.format("w%03d", i)).toArray(String[]::new));
            try (Session s = f.sessions.open()) {
                List<Writer> first = s.<Writer>scalars(select(Writer.class).orderBy(Writer_.name).limit(100)).all();
                first.forEach(s::expunge); // the last one empties the list: dropped whole
                assertThat(first).allSatisfy(w -> assertThat(s.contains(w)).isFalse());
                List<Writer> back = first.subList(0, 10);
                back.forEach(s::add); // listed afresh: their old entries are gone with the list
                List<Writer> all = s.<Writer>scalars(select(Writer.class).orderBy(Writer_.name)).all();
                assertThat(all).hasSize(200).startsWith(back.toArray(Writer[]::new));
                assertThat(all.subList(10, 100)).noneMatch(first::contains); // expunged ones stay out: loaded anew
                all.forEach(w -> w.setName("seen-" + w.getName()));
                assertThat(s.dirty()).hasSize(200).doesNotHaveDuplicates();
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(count(s, "SELECT COUNT(*) FROM enh_writer WHERE name LIKE 'seen-w%'")).isEqualTo(200);
                assertThat(count(s, "SELECT COUNT(*) FROM enh_writer WHERE name LIKE 'seen-seen-%'")).isZero();
            }
        }
    }

    @DatabaseTest
    void anObjectExpungedFromOneSessionIsAddedToAnotherAndBack(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            f.seedWriters("ann", "bob", "cy", "dee", "eve", "fay");
            Tag python = new Tag(UUID.randomUUID(), "python");
            try (Session s = f.sessions.open()) {
                s.add(python);
                s.add(new Post("tour", "Tour", List.of(new PostTag(python, "alice"))));
                s.commit();
            }
            try (Session a = f.sessions.open(); Session b = f.sessions.open()) {
                // the others stay in a, so that its list keeps ann's old entry (no compaction)
                Writer ann = a.<Writer>scalars(select(Writer.class).orderBy(Writer_.name)).all().get(0);
                PostTag link = a.get(Post.class, "tour").getTags().get(0); // composite key
                assertThatThrownBy(() -> b.add(ann)).isInstanceOf(InvalidRequestError.class)
                        .hasMessageContaining("already attached to another open session");
                a.expunge(ann);
                a.expunge(link);
                ann.setName("anne");
                link.setAddedBy("bob");
                b.add(ann);
                b.add(link);
                assertThat(a.contains(ann)).isFalse();
                assertThat(b.contains(ann)).isTrue();
                assertThat(stateOf(b, link)).isEqualTo(ObjectState.PERSISTENT);
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    a.flush(); // a let go of both: it writes neither
                    assertThat(sql.writes()).isEmpty();
                    a.commit(); // ends a's transaction, so that b may write on SQLite too
                    b.flush();
                    assertThat(sql.writes()).hasSize(2);
                }
                b.commit();

                b.expunge(ann); // and back to the first session, whose list still holds its old entry
                a.add(ann);
                ann.setName("annie");
                assertThat(a.dirty()).containsExactly(ann);
                a.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(s.<Writer>scalars(select(Writer.class).orderBy(Writer_.name)).all()).extracting(Writer::getName)
                        .containsExactly("annie", "bob", "cy", "dee", "eve", "fay");
                assertThat(s.get(Post.class, "tour").getTags()).singleElement()
                        .satisfies(l -> assertThat(l.getAddedBy()).isEqualTo("bob"));
            }
        }
    }

    @DatabaseTest
    void plainAndEnhancedObjectsAreExpungedAndAddedAgainAlike(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            f.seedWriters("ann", "bob");
            try (Session s = f.sessions.open()) {
                s.add(new RelAuthor("ursula"));
                s.add(new RelAuthor("terry"));
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                Writer ann = EnhancedFixture.writer(s, "ann");
                Writer bob = EnhancedFixture.writer(s, "bob");
                RelAuthor ursula = s.<RelAuthor>scalars(select(RelAuthor.class).where(RelAuthor_.name.eq("ursula"))).one();
                RelAuthor terry = s.<RelAuthor>scalars(select(RelAuthor.class).where(RelAuthor_.name.eq("terry"))).one();
                Writer newWriter = new Writer("cy");
                RelAuthor newAuthor = new RelAuthor("iain"); // plain and made with new: no slot
                RelAuthor keptNew = new RelAuthor("octavia");
                List.of(newWriter, newAuthor, keptNew).forEach(s::add);
                List.of(bob, terry, newWriter, newAuthor).forEach(s::expunge);
                assertThat(List.<Object>of(ann, ursula, keptNew)).allSatisfy(o -> assertThat(s.contains(o)).isTrue());
                assertThat(List.<Object>of(bob, terry, newWriter, newAuthor))
                        .allSatisfy(o -> assertThat(s.contains(o)).isFalse());
                assertThat(stateOf(s, terry)).isEqualTo(ObjectState.DETACHED);
                assertThat(stateOf(s, newWriter)).isEqualTo(ObjectState.TRANSIENT);
                assertThat(stateOf(s, newAuthor)).isEqualTo(ObjectState.TRANSIENT);
                assertThat(s.newObjects()).containsExactly(keptNew);

                ann.setName("anne");
                ursula.setName("ursula k");
                bob.setName("robert"); // detached: not written
                terry.setName("sir terry"); // written once added again below
                s.add(terry);
                assertThat(stateOf(s, terry)).isEqualTo(ObjectState.PERSISTENT);
                assertThat(s.dirty()).containsExactlyInAnyOrder(ann, ursula, terry);
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(s.<Writer>scalars(select(Writer.class).orderBy(Writer_.name)).all()).extracting(Writer::getName)
                        .containsExactly("anne", "bob");
                assertThat(s.<RelAuthor>scalars(select(RelAuthor.class).orderBy(RelAuthor_.name)).all())
                        .extracting(RelAuthor::getName).containsExactly("octavia", "sir terry", "ursula k");
            }
        }
    }

    @DatabaseTest
    void afterCloseLoadedObjectsAreDetachedAndUnflushedNewOnesTransient(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            f.seedWriters("ann");
            try (Session s = f.sessions.open()) {
                s.add(new RelAuthor("ursula"));
                s.commit();
            }
            Session closed = f.sessions.open();
            Writer ann = EnhancedFixture.writer(closed, "ann");
            RelAuthor ursula = closed.<RelAuthor>scalars(select(RelAuthor.class)).one();
            Writer newWriter = new Writer("cy");
            RelAuthor newAuthor = new RelAuthor("iain");
            closed.add(newWriter);
            closed.add(newAuthor);
            closed.close();
            assertThat(stateOf(closed, ann)).isEqualTo(ObjectState.DETACHED);
            assertThat(stateOf(closed, ursula)).isEqualTo(ObjectState.DETACHED);
            assertThat(stateOf(closed, newWriter)).isEqualTo(ObjectState.TRANSIENT);
            assertThat(stateOf(closed, newAuthor)).isEqualTo(ObjectState.TRANSIENT);
            assertThat(List.<Object>of(ann, ursula, newWriter, newAuthor))
                    .noneSatisfy(o -> assertThat(closed.contains(o)).isTrue());

            try (Session s = f.sessions.open()) {
                List.<Object>of(ann, ursula, newWriter, newAuthor).forEach(s::add);
                assertThat(s.newObjects()).containsExactlyInAnyOrder(newWriter, newAuthor);
                assertThat(stateOf(s, ann)).isEqualTo(ObjectState.PERSISTENT);
                assertThat(stateOf(s, ursula)).isEqualTo(ObjectState.PERSISTENT);
                s.commit();
                assertThat(count(s, "SELECT COUNT(*) FROM enh_writer")).isEqualTo(2);
                assertThat(count(s, "SELECT COUNT(*) FROM rel_author")).isEqualTo(2);
            }
        }
    }

    @DatabaseTest
    void afterExpungeAllTheSessionLoadsAndWritesAfresh(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            f.seedWriters(IntStream.range(0, 100).mapToObj(i -> String.format("w%03d", i)).toArray(String[]::new));
            try (Session s = f.sessions.open()) {
                List<Writer> before = s.<Writer>scalars(select(Writer.class).orderBy(Writer_.name)).all();
                before.get(0).setName("changed before expungeAll");
                s.expungeAll();
                assertThat(before).allSatisfy(w -> {
                    assertThat(s.contains(w)).isFalse();
                    assertThat(stateOf(s, w)).isEqualTo(ObjectState.DETACHED);
                });
                assertThat(s.dirty()).isEmpty();
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    s.flush();
                    assertThat(sql.sql()).isEmpty();
                }

                List<Writer> after = s.<Writer>scalars(select(Writer.class).orderBy(Writer_.name)).all();
                assertThat(after).hasSize(100);
                assertThat(after.get(0)).isNotSameAs(before.get(0));
                assertThat(after.get(0).getName()).isEqualTo("w000");
                assertThatThrownBy(() -> s.add(before.get(1))).isInstanceOf(InvalidRequestError.class)
                        .hasMessageContaining("another instance with key");
                after.get(1).setName("changed after");
                s.add(new Writer("new"));
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    s.flush();
                    assertThat(sql.writes()).hasSize(2);
                }
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(count(s, "SELECT COUNT(*) FROM enh_writer")).isEqualTo(101);
                assertThat(count(s, "SELECT COUNT(*) FROM enh_writer WHERE name = 'changed after'")).isEqualTo(1);
                assertThat(count(s, "SELECT COUNT(*) FROM enh_writer WHERE name = 'changed before expungeAll'")).isZero();
            }
        }
    }
}
