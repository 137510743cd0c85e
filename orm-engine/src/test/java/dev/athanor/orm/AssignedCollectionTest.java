package dev.athanor.orm;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.orm.enhanced.Novel;
import dev.athanor.orm.enhanced.Novel_;
import dev.athanor.orm.enhanced.Shelf;
import dev.athanor.orm.enhanced.Writer;
import dev.athanor.sql.Sql;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A collection the user assigns to a persistent enhanced object's relationship field becomes the
 * session's tracked collection (of the field's type, in the user's order) by the next read of the
 * field or the next flush, whichever comes first: changing it in place afterwards keeps
 * {@code backPopulates} in step at once and is flushed by the next autoflush; and a flush never
 * takes an assigned collection for the unchanged one it replaced.
 */
class AssignedCollectionTest {

    /** Counts rows with a statement that does not autoflush (the session's own connection, so its transaction). */
    private static long count(Session s, String sql) {
        long[] found = {0};
        s.withConnection(c -> found[0] = ((Number) c.execute(Sql.text(sql)).scalar()).longValue());
        return found[0];
    }

    /** The field itself, read without the enhanced read hook (which would wrap it). */
    private static Object rawNovels(Writer writer) {
        try {
            java.lang.reflect.Field field = Writer.class.getDeclaredField("novels");
            field.setAccessible(true);
            return field.get(writer);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Novel novel(Session s, String title) {
        return s.<Novel>scalars(select(Novel.class).where(Novel_.title.eq(title))).one();
    }

    @DatabaseTest
    void aListAssignedThenFlushedIsChangedInPlaceAndAutoflushedBeforeTheNextQuery(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            f.seedWriters("ann", "bob");
            try (Session s = f.sessions.open()) {
                Writer ann = EnhancedFixture.writer(s, "ann");
                Novel one = new Novel("One");
                Novel two = new Novel("Two");
                List<Novel> assigned = new ArrayList<>(List.of(two, one)); // the user's order, not orderBy's
                ann.setNovels(assigned);
                s.flush(); // nothing read the field since the assignment: the flush swaps it
                assertThat(count(s, "SELECT COUNT(*) FROM enh_novel WHERE writer_id = " + ann.getId())).isEqualTo(2);
                assertThat(rawNovels(ann)).isNotSameAs(assigned).isEqualTo(List.of(two, one));

                Novel three = new Novel("Three");
                ann.getNovels().add(three);
                assertThat(three.getWriter()).isSameAs(ann); // backPopulates at once
                assertThat(ann.getNovels()).containsExactly(two, one, three);
                EnhancedFixture.writer(s, "bob"); // a query: its autoflush writes the append first
                assertThat(count(s, "SELECT COUNT(*) FROM enh_novel WHERE writer_id = " + ann.getId())).isEqualTo(3);

                ann.getNovels().remove(one); // delete-orphan, also from the assigned collection
                assertThat(one.getWriter()).isNull();
                EnhancedFixture.writer(s, "bob");
                assertThat(count(s, "SELECT COUNT(*) FROM enh_novel")).isEqualTo(2);
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(EnhancedFixture.writer(s, "ann").getNovels()).extracting(Novel::getTitle)
                        .containsExactly("Three", "Two");
            }
        }
    }

    @DatabaseTest
    void anAssignedListReadBeforeTheFlushIsStillComparedWithWhatItReplaced(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            f.seedWriters("ann");
            f.seedNovel("ann", "One");
            f.seedNovel("ann", "Two");
            try (Session s = f.sessions.open()) {
                Writer ann = EnhancedFixture.writer(s, "ann");
                Novel one = novel(s, "One");
                Novel three = new Novel("Three");
                ann.setNovels(new ArrayList<>(List.of(three, one))); // "Two" leaves: an orphan
                assertThat(ann.getNovels()).containsExactly(three, one); // the read tracks the list
                s.flush();
                assertThat(count(s, "SELECT COUNT(*) FROM enh_novel")).isEqualTo(2);
                assertThat(count(s, "SELECT COUNT(*) FROM enh_novel WHERE writer_id = " + ann.getId())).isEqualTo(2);
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(EnhancedFixture.writer(s, "ann").getNovels()).extracting(Novel::getTitle)
                        .containsExactly("One", "Three");
            }
        }
    }

    @DatabaseTest
    void aMergedCollectionIsComparedWithWhatTheDatabaseHolds(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            f.seedWriters("ann");
            f.seedNovel("ann", "One");
            f.seedNovel("ann", "Two");
            Writer detached;
            try (Session s = f.sessions.open()) {
                detached = EnhancedFixture.writer(s, "ann");
                detached.getNovels().size();
                s.expunge(detached);
            }
            detached.getNovels().removeIf(n -> n.getTitle().equals("Two")); // an orphan once merged
            try (Session s = f.sessions.open()) {
                Writer merged = s.merge(detached);
                assertThat(merged.getNovels()).extracting(Novel::getTitle).containsExactly("One");
                s.commit();
                assertThat(count(s, "SELECT COUNT(*) FROM enh_novel")).isEqualTo(1);
            }
        }
    }

    @DatabaseTest
    void aSetAssignedThenFlushedStaysASetInTheUsersOrderAndIsTracked(TestDb db) {
        try (EnhancedFixture f = new EnhancedFixture(db)) {
            f.seedWriters("ann");
            f.seedNovel("ann", "One");
            f.seedNovel("ann", "Two");
            try (Session s = f.sessions.open()) {
                s.add(new Shelf("A1"));
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                Shelf shelf = s.get(Shelf.class, "A1");
                Novel one = novel(s, "One");
                Novel two = novel(s, "Two");
                shelf.setNovels(new LinkedHashSet<>(List.of(two, one)));
                s.flush();
                assertThat(count(s, "SELECT COUNT(*) FROM enh_novel WHERE shelf_code = 'A1'")).isEqualTo(2);

                Set<Novel> novels = shelf.getNovels();
                assertThat(novels).isInstanceOf(Set.class).containsExactly(two, one);
                novels.remove(two);
                assertThat(two.getShelf()).isNull(); // backPopulates at once
                novel(s, "One"); // the query's autoflush writes the removal first
                assertThat(count(s, "SELECT COUNT(*) FROM enh_novel WHERE shelf_code = 'A1'")).isEqualTo(1);
                assertThat(shelf.getNovels()).containsExactly(one);
                s.commit();
            }
            try (Session s = f.sessions.open()) {
                assertThat(s.get(Shelf.class, "A1").getNovels()).extracting(Novel::getTitle).containsExactly("One");
            }
        }
    }
}
