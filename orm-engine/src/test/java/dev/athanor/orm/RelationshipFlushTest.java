package dev.athanor.orm;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.orm.model.RelAuthor;
import dev.athanor.orm.model.RelAuthor_;
import dev.athanor.orm.model.RelBook;
import dev.athanor.orm.model.RelBook_;
import dev.athanor.orm.model.RelCategory;
import dev.athanor.orm.model.RelDepartment;
import dev.athanor.orm.model.RelEmployee;
import dev.athanor.orm.model.RelMembership;
import dev.athanor.orm.model.RelModels;
import dev.athanor.orm.model.RelPost;
import dev.athanor.orm.model.RelProfile;
import dev.athanor.orm.model.RelProject;
import dev.athanor.orm.model.RelTag;
import dev.athanor.orm.model.RelUser;
import dev.athanor.orm.model.RelUser_;
import dev.athanor.sql.Sql;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

class RelationshipFlushTest {
    private Registry registry;
    private TestDb db;

    private SessionFactory setUp(TestDb testDb) {
        db = testDb;
        registry = RelModels.registry();
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

    private static long count(Session s, String table) {
        return ((Number) s.execute(Sql.text("SELECT COUNT(*) FROM " + table)).scalar()).longValue();
    }

    @DatabaseTest
    void aParentWithChildrenIsInsertedParentFirstWithTheGeneratedKeyInOneChildStatement(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open(); SqlRecorder recorder = testDb.record()) {
            RelAuthor author = new RelAuthor("Ursula");
            author.getBooks().add(new RelBook("Lathe"));
            author.getBooks().add(new RelBook("Dispossessed"));
            s.add(author);
            assertThat(s.newObjects()).hasSize(3);
            s.flush();
            List<SqlRecorder.Recorded> sent = recorder.statements();
            assertThat(sent).hasSize(2);
            assertThat(sent.get(0).sql()).contains("INSERT INTO rel_author (name)");
            assertThat(sent.get(1).sql()).contains("INSERT INTO rel_book (title, author_id)");
            assertThat(sent.get(1).parameters().stream().flatMap(List::stream).toList())
                    .containsSubsequence("Lathe", author.getId()).containsSubsequence("Dispossessed", author.getId());
            assertThat(author.getBooks()).allSatisfy(b -> {
                assertThat(b.getAuthorId()).isEqualTo(author.getId());
                assertThat(b.getAuthor()).isSameAs(author); // backPopulates set when the author joined the session
            });
        }
    }

    @DatabaseTest
    void appendingToALoadedCollectionSetsTheOtherSideAndCascadesTheChild(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            s.add(new RelAuthor("Ursula"));
            s.commit();
        }
        try (Session s = sessions.open()) {
            RelAuthor author = s.<RelAuthor>scalars(select(RelAuthor.class)).one();
            RelBook book = new RelBook("Earthsea");
            author.getBooks().add(book);
            assertThat(book.getAuthor()).isSameAs(author);
            assertThat(s.contains(book)).isTrue();
            s.commit();
            assertThat(book.getAuthorId()).isEqualTo(author.getId());
        }
        try (Session s = sessions.open()) {
            RelAuthor author = s.<RelAuthor>scalars(select(RelAuthor.class)).one();
            RelBook loaded = s.<RelBook>scalars(select(RelBook.class)).one();
            assertThat(author.getBooks()).containsExactly(loaded);
            RelAuthor other = new RelAuthor("Other");
            s.add(other);
            loaded.setAuthor(other); // intercepted setter of a loaded object
            assertThat(author.getBooks()).isEmpty();
            assertThat(other.getBooks()).containsExactly(loaded);
            s.commit();
        }
        try (Session s = sessions.open()) {
            RelBook book = s.<RelBook>scalars(select(RelBook.class)).one();
            assertThat(book.getAuthor().getName()).isEqualTo("Other");
        }
    }

    /**
     * A loaded child given another parent while its old parent's collection is not loaded is
     * written: only the relationship changed, so the foreign key the flush fills in is the row's
     * one change (an UPDATE found after the flush had listed what was modified; such moves were
     * lost). Through the many-to-one to a loaded parent, through the new parent's collection, and
     * to a new parent; read back in a new session.
     */
    @DatabaseTest
    void aLoadedChildGivenAnotherParentIsWritten(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            RelAuthor ursula = new RelAuthor("Ursula");
            for (String title : List.of("Earthsea", "Lathe", "Tehanu")) {
                ursula.getBooks().add(new RelBook(title));
            }
            s.add(ursula);
            s.add(new RelAuthor("Octavia"));
            s.commit();
        }
        try (Session s = sessions.open()) {
            RelBook earthsea = book(s, "Earthsea");
            earthsea.setAuthor(author(s, "Octavia"));
            assertThat(s.isModified(earthsea)).as("a relationship change is a change, as in SQLAlchemy").isTrue();
            assertThat(s.dirty()).contains(earthsea);
            s.commit();
            assertThat(s.isModified(earthsea)).isFalse();
        }
        try (Session s = sessions.open()) {
            RelBook lathe = book(s, "Lathe");
            author(s, "Octavia").getBooks().add(lathe);
            assertThat(lathe.getAuthor().getName()).isEqualTo("Octavia");
            s.commit();
        }
        try (Session s = sessions.open()) {
            book(s, "Tehanu").setAuthor(new RelAuthor("Nnedi"));
            s.commit();
        }
        try (Session s = sessions.open()) {
            RelAuthor octavia = author(s, "Octavia");
            assertThat(octavia.getBooks()).extracting(RelBook::getTitle).containsExactly("Earthsea", "Lathe");
            assertThat(octavia.getBooks()).allSatisfy(b -> assertThat(b.getAuthorId()).isEqualTo(octavia.getId()));
            assertThat(author(s, "Nnedi").getBooks()).extracting(RelBook::getTitle).containsExactly("Tehanu");
            assertThat(author(s, "Ursula").getBooks()).isEmpty();
            assertThat(count(s, "rel_book")).isEqualTo(3);
        }
    }

    private static RelBook book(Session s, String title) {
        return s.<RelBook>scalars(select(RelBook.class).where(RelBook_.title.eq(title))).one();
    }

    private static RelAuthor author(Session s, String name) {
        return s.<RelAuthor>scalars(select(RelAuthor.class).where(RelAuthor_.name.eq(name))).one();
    }

    @DatabaseTest
    void postsAndTagsAreLinkedThroughTheSecondaryTableInOneAdd(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open(); SqlRecorder recorder = testDb.record()) {
            RelPost post = new RelPost("Hello");
            post.getTags().add(new RelTag("java"));
            post.getTags().add(new RelTag("orm"));
            s.add(post);
            s.flush();
            assertThat(recorder.statements()).filteredOn(r -> r.sql().startsWith("INSERT INTO rel_post_tag")).singleElement()
                    .satisfies(r -> assertThat(r.parameters()).hasSize(2));
            s.commit();
            s.refresh(post);
            assertThat(post.getTags()).extracting(RelTag::getName).containsExactly("java", "orm");
            assertThat(post.getTags().iterator().next().getPosts()).containsExactly(post);
            post.getTags().removeIf(tag -> tag.getName().equals("java"));
            s.commit();
            assertThat(count(s, "rel_post_tag")).isEqualTo(1);
            assertThat(count(s, "rel_tag")).isEqualTo(2);
        }
    }

    @DatabaseTest
    void anAssociationObjectCarriesItsOwnColumn(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            RelUser ada = new RelUser("ada");
            s.add(ada);
            s.flush();
            RelProject project = new RelProject("engine");
            project.getMemberships().add(new RelMembership(ada, "grace"));
            s.add(project);
            s.commit();
        }
        try (Session s = sessions.open()) {
            RelProject project = s.<RelProject>scalars(select(RelProject.class)).one();
            RelMembership membership = project.getMemberships().get(0);
            assertThat(membership.getAddedBy()).isEqualTo("grace");
            assertThat(membership.getUser().getName()).isEqualTo("ada");
            assertThat(membership.getUser().getMemberships()).containsExactly(membership);
        }
    }

    @DatabaseTest
    void aUserHasOneProfile(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            RelUser user = new RelUser("ada");
            user.setProfile(new RelProfile("analyst"));
            s.add(user);
            s.commit();
        }
        try (Session s = sessions.open()) {
            RelUser user = s.<RelUser>scalars(select(RelUser.class)).one();
            assertThat(user.getProfile().getBio()).isEqualTo("analyst");
            assertThat(user.getProfile().getUser()).isSameAs(user);
            user.setProfile(null);
            s.flush();
            assertThat(count(s, "rel_profile")).isZero(); // the removed profile was an orphan
            // (replacing it in one flush would INSERT the new row before the DELETE, as SQLAlchemy does,
            // which the unique user_id refuses)
            user.setProfile(new RelProfile("engineer"));
            s.commit();
            assertThat(s.<RelProfile>scalars(select(RelProfile.class)).one().getUserId()).isEqualTo(user.getId());
        }
    }

    @DatabaseTest
    void deleteOrphanRemovesASubtreeOfTheCategoryTree(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            RelCategory root = new RelCategory("root");
            RelCategory books = new RelCategory("books");
            RelCategory music = new RelCategory("music");
            root.getChildren().addAll(List.of(books, music));
            books.getChildren().add(new RelCategory("novels"));
            books.getChildren().get(0).getChildren().add(new RelCategory("sci-fi"));
            s.add(root);
            s.commit();
            assertThat(count(s, "rel_category")).isEqualTo(5);
        }
        try (Session s = sessions.open()) {
            RelCategory root = s.<RelCategory>scalars(select(RelCategory.class).where(
                    EntityTable.of(RelCategory.class).<String>attribute("name").eq("root"))).one();
            assertThat(root.getChildren()).extracting(RelCategory::getName).containsExactly("books", "music");
            assertThat(root.getChildren().get(1).getParent()).isSameAs(root);
            root.getChildren().remove(0);
            s.commit();
            assertThat(s.<RelCategory>scalars(select(RelCategory.class)).all()).extracting(RelCategory::getName)
                    .containsExactlyInAnyOrder("root", "music");
        }
    }

    @DatabaseTest
    void allDeleteOrphanDeletesRemovedChildrenAndTheChildrenOfADeletedParent(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            RelAuthor author = new RelAuthor("Ursula");
            author.getBooks().addAll(List.of(new RelBook("a"), new RelBook("b"), new RelBook("c")));
            s.add(author);
            s.commit();
        }
        try (Session s = sessions.open()) {
            RelAuthor author = s.<RelAuthor>scalars(select(RelAuthor.class)).one();
            author.getBooks().remove(0);
            s.flush();
            assertThat(count(s, "rel_book")).isEqualTo(2);
            s.delete(author);
            s.commit();
            assertThat(count(s, "rel_book")).isZero();
            assertThat(count(s, "rel_author")).isZero();
        }
    }

    @DatabaseTest
    void withoutADeleteCascadeDeletingAParentNullsItsChildrensForeignKey(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            RelDepartment department = new RelDepartment("R&D");
            department.getEmployees().addAll(List.of(new RelEmployee("ada"), new RelEmployee("grace")));
            s.add(department);
            s.commit();
        }
        try (Session s = sessions.open()) {
            s.delete(s.<RelDepartment>scalars(select(RelDepartment.class)).one());
            s.commit();
            List<RelEmployee> employees = s.<RelEmployee>scalars(select(RelEmployee.class)).all();
            assertThat(employees).hasSize(2).allSatisfy(e -> assertThat(e.getDepartmentId()).isNull());
        }
    }

    @DatabaseTest
    void rowsReferencingEachOtherAreSavedWithAPostUpdate(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open(); SqlRecorder recorder = testDb.record()) {
            RelEmployee ada = new RelEmployee("ada");
            RelEmployee grace = new RelEmployee("grace");
            ada.setMentor(grace);
            grace.setMentor(ada);
            s.addAll(List.of(ada, grace));
            s.commit();
            assertThat(recorder.sql()).filteredOn(sql -> sql.startsWith("UPDATE rel_employee")).hasSize(1);
            assertThat(ada.getMentorId()).isEqualTo(grace.getId());
            assertThat(grace.getMentorId()).isEqualTo(ada.getId());
        }
    }

    @dev.athanor.orm.annotation.Table("rel_cycle_person")
    static class Person {
        @dev.athanor.orm.annotation.Column(primaryKey = true)
        Long id;
        @dev.athanor.orm.annotation.ForeignKey("rel_cycle_person.id")
        Long friendId;
        @dev.athanor.orm.annotation.Relationship(remoteSide = "id")
        Person friend;
    }

    @DatabaseTest
    void rowsReferencingEachOtherWithoutPostUpdateFailNamingTheRelationship(TestDb testDb) {
        setUp(testDb);
        Registry cycle = Registry.of(Person.class);
        cycle.metadata().createAll(testDb.engine());
        try (Session s = SessionFactory.builder(testDb.engine(), cycle).build().open()) {
            Person a = new Person();
            Person b = new Person();
            a.friend = b;
            b.friend = a;
            s.addAll(List.of(a, b));
            org.assertj.core.api.Assertions.assertThatThrownBy(s::flush)
                    .isInstanceOf(dev.athanor.exc.InvalidRequestError.class).hasMessageContaining("Circular dependency")
                    .hasMessageContaining("Person.friend").hasMessageContaining("postUpdate = true");
        } finally {
            cycle.metadata().dropAll(testDb.engine());
        }
    }

    @DatabaseTest
    void mergeCascadesToTheCollectionOfADetachedParent(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        RelAuthor detached;
        try (Session s = sessions.open()) {
            RelAuthor author = new RelAuthor("Ursula");
            author.getBooks().add(new RelBook("a"));
            s.add(author);
            s.commit();
            detached = s.<RelAuthor>scalars(select(RelAuthor.class)).one();
            assertThat(detached.getBooks()).hasSize(1);
        }
        detached.getBooks().add(new RelBook("b"));
        detached.setName("Le Guin");
        try (Session s = sessions.open()) {
            RelAuthor merged = s.merge(detached);
            assertThat(merged).isNotSameAs(detached);
            s.commit();
            assertThat(count(s, "rel_book")).isEqualTo(2);
            assertThat(merged.getBooks()).extracting(RelBook::getTitle).containsExactly("a", "b");
        }
    }

    /** The tables, holding author Ursula with one book, "a". */
    private SessionFactory authorWithBookA(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            RelAuthor author = new RelAuthor("Ursula");
            author.getBooks().add(new RelBook("a"));
            s.add(author);
            s.commit();
        }
        return sessions;
    }

    @DatabaseTest
    void rollingBackASavepointReloadsRelationships(TestDb testDb) {
        SessionFactory sessions = authorWithBookA(testDb);
        try (Session s = sessions.open()) {
            RelAuthor author = s.<RelAuthor>scalars(select(RelAuthor.class)).one();
            assertThat(author.getBooks()).hasSize(1);
            Savepoint savepoint = s.beginNested();
            author.getBooks().add(new RelBook("b"));
            s.flush();
            savepoint.rollback();
            assertThat(author.getBooks()).extracting(RelBook::getTitle).containsExactly("a");
            s.commit();
            assertThat(count(s, "rel_book")).isEqualTo(1);
        }
    }

    /**
     * A savepoint that moved a loaded book to another author, rolled back, gives the book back its
     * first author in memory as in the database, and a later write of the book keeps it there.
     */
    @DatabaseTest
    void rollingBackASavepointGivesAMovedChildItsParentBack(TestDb testDb) {
        SessionFactory sessions = authorWithBookA(testDb);
        try (Session s = sessions.open()) {
            s.add(new RelAuthor("Octavia"));
            s.commit();
        }
        try (Session s = sessions.open()) {
            RelBook book = book(s, "a");
            RelAuthor first = book.getAuthor();
            Savepoint savepoint = s.beginNested();
            book.setAuthor(author(s, "Octavia"));
            s.flush();
            savepoint.rollback();
            assertThat(book.getAuthor()).isSameAs(first);
            assertThat(book.getAuthorId()).isEqualTo(first.getId());
            assertThat(s.isModified(book)).isFalse();
            s.commit();
        }
        try (Session s = sessions.open()) {
            assertThat(book(s, "a").getAuthor().getName()).isNotEqualTo("Octavia");
            assertThat(author(s, "Octavia").getBooks()).isEmpty();
        }
    }

    /** A loaded profile given to another loaded user through the one-to-one is written (its old user not loaded). */
    @DatabaseTest
    void aLoadedProfileGivenToAnotherUserIsWritten(TestDb testDb) {
        SessionFactory sessions = setUp(testDb);
        try (Session s = sessions.open()) {
            RelUser ann = new RelUser("ann");
            ann.setProfile(new RelProfile("writes"));
            s.add(ann);
            s.add(new RelUser("bob"));
            s.commit();
        }
        try (Session s = sessions.open()) {
            RelProfile profile = s.<RelProfile>scalars(select(RelProfile.class)).one();
            RelUser bob = s.<RelUser>scalars(select(RelUser.class).where(RelUser_.name.eq("bob"))).one();
            bob.setProfile(profile);
            assertThat(profile.getUser()).isSameAs(bob);
            s.commit();
        }
        try (Session s = sessions.open()) {
            RelProfile profile = s.<RelProfile>scalars(select(RelProfile.class)).one();
            assertThat(profile.getUser().getName()).isEqualTo("bob");
            assertThat(s.<RelUser>scalars(select(RelUser.class).where(RelUser_.name.eq("ann"))).one().getProfile()).isNull();
        }
    }

    /**
     * A detached book given another (detached) author and merged into a new session, as a web
     * request's object would be, is written with that author.
     */
    @DatabaseTest
    void aDetachedChildGivenAnotherParentIsWrittenWhenMerged(TestDb testDb) {
        SessionFactory sessions = authorWithBookA(testDb);
        try (Session s = sessions.open()) {
            s.add(new RelAuthor("Octavia"));
            s.commit();
        }
        RelBook book;
        RelAuthor octavia;
        try (Session s = sessions.open()) {
            book = book(s, "a");
            book.getAuthor();
            octavia = author(s, "Octavia");
        }
        book.setAuthor(octavia);
        try (Session s = sessions.open()) {
            RelBook merged = s.merge(book);
            assertThat(merged.getAuthor().getName()).isEqualTo("Octavia");
            s.commit();
        }
        try (Session s = sessions.open()) {
            assertThat(book(s, "a").getAuthor().getName()).isEqualTo("Octavia");
        }
    }

    @DatabaseTest
    void rollbackReloadsTheRelationshipsOfLoadedObjects(TestDb testDb) {
        SessionFactory sessions = authorWithBookA(testDb);
        try (Session s = sessions.open()) {
            RelAuthor author = s.<RelAuthor>scalars(select(RelAuthor.class)).one();
            author.getBooks().add(new RelBook("b"));
            s.flush();
            s.rollback();
            assertThat(author.getBooks()).extracting(RelBook::getTitle).containsExactly("a");
        }
    }
}
