package dev.athanor.orm;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.orm.enhanced.Novel;
import dev.athanor.orm.enhanced.Novel_;
import dev.athanor.orm.enhanced.Post;
import dev.athanor.orm.enhanced.PostTag;
import dev.athanor.orm.enhanced.Shelf;
import dev.athanor.orm.enhanced.Tag;
import dev.athanor.orm.enhanced.Writer;
import dev.athanor.sql.Sql;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDb;
import java.util.List;
import java.util.UUID;

/**
 * Setting the many-to-one side of a {@code backPopulates} pair whose collection side is not loaded
 * ({@code novel.setWriter(bob)} before {@code bob.getNovels()} was ever read) does not load the
 * collection: as SQLAlchemy's pending collection mutations, the append (or removal) is queued and
 * applied when the collection loads, so the object shows in it exactly once, whether or not a flush
 * wrote it first; a later opposite change cancels it.
 */
class PendingCollectionTest {

    private static long count(Session s, String sql) {
        long[] found = {0};
        s.withConnection(c -> found[0] = ((Number) c.execute(Sql.text(sql)).scalar()).longValue());
        return found[0];
    }

    private static Novel novel(Session s, String title) {
        return s.<Novel>scalars(select(Novel.class).where(Novel_.title.eq(title))).one();
    }

    /** Writers ann and bob, bob with the novel "Old". */
    private static void seed(EnhancedFixture f) {
        f.seedWriters("ann", "bob");
        f.seedNovel("bob", "Old");
    }

    @DatabaseTest
    void aNewNovelSetToALoadedWriterIsInItsNovelsOnceTheyLoadAndIsWrittenOnce(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            seed(f);
            try (Session s = f.sessions.open()) {
                Writer bob = EnhancedFixture.writer(s, "bob");
                Novel book = new Novel("New");
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    book.setWriter(bob);
                    assertThat(sql.sql()).isEmpty(); // the collection is not loaded to append to it
                }
                assertThat(bob.getNovels()).extracting(Novel::getTitle).containsExactly("Old", "New");
                assertThat(bob.getNovels().get(1)).isSameAs(book);
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    s.flush(); // the loaded collection cascades the book into the session
                    assertThat(sql.writes()).singleElement().asString().contains("INSERT INTO enh_novel");
                }
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(EnhancedFixture.writer(s, "bob").getNovels()).extracting(Novel::getTitle)
                        .containsExactly("New", "Old");
                assertThat(count(s, "SELECT COUNT(*) FROM enh_novel")).isEqualTo(2);
            }
        }
    }

    @DatabaseTest
    void aNovelInTheSessionIsListedOnceWhetherTheLoadAutoflushedItOrNot(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            seed(f);
            f.seedWriters("cy");
            try (Session s = f.sessions.open()) {
                Writer bob = EnhancedFixture.writer(s, "bob");
                Novel book = new Novel("New");
                book.setWriter(bob);
                s.add(book);
                // the load autoflushes the book, then finds it in the database: the queued append adds nothing
                assertThat(bob.getNovels()).extracting(Novel::getTitle).containsExactly("New", "Old");

                Writer cy = EnhancedFixture.writer(s, "cy");
                s.setAutoflush(false);
                Novel other = new Novel("Other");
                s.add(other);
                other.setWriter(cy);
                assertThat(cy.getNovels()).containsExactly(other); // not in the database yet: the queue adds it
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    s.flush();
                    assertThat(sql.writes()).singleElement().asString().contains("INSERT INTO enh_novel");
                }
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(EnhancedFixture.writer(s, "cy").getNovels()).extracting(Novel::getTitle).containsExactly("Other");
                assertThat(count(s, "SELECT COUNT(*) FROM enh_novel")).isEqualTo(3);
            }
        }
    }

    @DatabaseTest
    void removingTheWriterBeforeTheLoadCancelsTheQueuedAppend(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            seed(f);
            try (Session s = f.sessions.open()) {
                Writer bob = EnhancedFixture.writer(s, "bob");
                Novel book = new Novel("New");
                book.setWriter(bob);
                book.setWriter(null);
                assertThat(bob.getNovels()).extracting(Novel::getTitle).containsExactly("Old");
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    s.commit();
                    assertThat(sql.writes()).isEmpty();
                }
            }
            try (Session s = f.sessions.open()) {
                assertThat(count(s, "SELECT COUNT(*) FROM enh_novel")).isEqualTo(1);
            }
        }
    }

    @DatabaseTest
    void aLoadedNovelMovingBetweenUnloadedCollectionsLeavesOneAndJoinsTheOther(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            seed(f);
            try (Session s = f.sessions.open()) {
                s.add(new Shelf("A1"));
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                s.setAutoflush(false); // the loads see the old rows: only the queued changes correct them
                Writer ann = EnhancedFixture.writer(s, "ann");
                Writer bob = EnhancedFixture.writer(s, "bob");
                Shelf shelf = s.get(Shelf.class, "A1");
                Novel old = novel(s, "Old");
                old.setWriter(ann); // bob's novels: a queued removal; ann's: a queued append
                old.setShelf(shelf); // a Set with a String key
                assertThat(bob.getNovels()).isEmpty();
                assertThat(ann.getNovels()).containsExactly(old);
                assertThat(shelf.getNovels()).containsExactly(old);
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    s.flush();
                    assertThat(sql.writes()).singleElement().asString().contains("UPDATE enh_novel");
                }
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(EnhancedFixture.writer(s, "ann").getNovels()).extracting(Novel::getTitle).containsExactly("Old");
                assertThat(EnhancedFixture.writer(s, "bob").getNovels()).isEmpty();
                assertThat(s.get(Shelf.class, "A1").getNovels()).extracting(Novel::getTitle).containsExactly("Old");
            }
        }
    }

    @DatabaseTest
    void appendingALoadedNovelSetsItsUnloadedWriterAtOnceWithoutSql(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            seed(f);
            f.seedNovel("ann", "Ann's");
            try (Session s = f.sessions.open()) {
                s.setAutoflush(false); // the writer must not come from a load after a flush
                Writer ann = EnhancedFixture.writer(s, "ann");
                Novel annsNovel = novel(s, "Ann's");
                Novel old = novel(s, "Old"); // its writer, bob, is not loaded: set with no old target to leave
                assertThat(ann.getNovels()).containsExactly(annsNovel);
                Writer cy = new Writer("cy");
                s.add(cy);
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    cy.getNovels().add(annsNovel); // its writer, ann, is held: she loses it
                    cy.getNovels().add(old);
                    assertThat(annsNovel.getWriter()).isSameAs(cy);
                    assertThat(old.getWriter()).isSameAs(cy);
                    assertThat(ann.getNovels()).isEmpty();
                    assertThat(sql.sql()).isEmpty();
                }
                try (SqlRecorder sql = SqlRecorder.on(db.engine())) {
                    s.flush();
                    assertThat(sql.writes()).hasSize(2); // cy, then both novels' writer_id in one batch
                    assertThat(sql.statements().get(sql.statements().size() - 1).parameters()).hasSize(2);
                }
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(EnhancedFixture.writer(s, "cy").getNovels()).extracting(Novel::getTitle)
                        .containsExactly("Ann's", "Old");
                assertThat(count(s, "SELECT COUNT(*) FROM enh_novel")).isEqualTo(2);
            }
        }
    }

    @DatabaseTest
    void aNewAssociationObjectIsQueuedOnItsUnloadedTagAndListedOnce(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            UUID pythonId = UUID.randomUUID();
            try (Session s = f.sessions.open()) {
                s.add(new Tag(pythonId, "python"));
                s.add(new Post("tour", "Tour", List.of()));
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                Tag python = s.get(Tag.class, pythonId); // UUID key; its posts are not loaded
                Post tour = s.get(Post.class, "tour");
                PostTag link = new PostTag(python, "alice"); // composite key: queued on python.posts
                tour.getTags().add(link); // cascades the link into the session
                assertThat(python.getPosts()).containsExactly(link); // autoflushed, loaded, not added twice
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(s.get(Tag.class, pythonId).getPosts()).singleElement()
                        .satisfies(l -> assertThat(l.getAddedBy()).isEqualTo("alice"));
                assertThat(count(s, "SELECT COUNT(*) FROM enh_post_tag")).isEqualTo(1);
            }
        }
    }
}
