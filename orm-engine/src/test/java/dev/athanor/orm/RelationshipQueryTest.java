package dev.athanor.orm;

import static dev.athanor.sql.Sql.func;
import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.ArgumentError;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.orm.model.QAuthor;
import dev.athanor.orm.model.QAuthor_;
import dev.athanor.orm.model.QBook;
import dev.athanor.orm.model.QBook_;
import dev.athanor.orm.model.QEmployee;
import dev.athanor.orm.model.QEmployee_;
import dev.athanor.orm.model.QModels;
import dev.athanor.orm.model.QTag;
import dev.athanor.orm.model.QTag_;
import dev.athanor.sql.Sql;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Joins through relationships, aliased classes for self-joins, and the relationship comparators. */
class RelationshipQueryTest {
    static {
        QModels.registry(); // binds the metamodel's relationship attributes for the compile-only tests
    }

    @Test
    void joinTakesItsOnClauseFromTheRelationship() {
        assertThat(select(QAuthor_.name).join(QAuthor_.books).toString()).isEqualTo(
                "SELECT q_author.name FROM q_author JOIN q_book ON q_author.id = q_book.author_id");
        assertThat(select(QBook_.title).join(QBook_.author).toString()).isEqualTo(
                "SELECT q_book.title FROM q_book JOIN q_author ON q_book.author_id = q_author.id");
        assertThat(select(QBook_.title).outerJoin(QBook_.tags).toString()).isEqualTo(
                "SELECT q_book.title FROM q_book LEFT OUTER JOIN q_book_tag ON q_book.id = q_book_tag.book_id"
                        + " LEFT OUTER JOIN q_tag ON q_tag.id = q_book_tag.tag_id");
    }

    @Test
    void joiningAMappedClassToAnotherInfersTheOnClauseFromItsForeignKey() {
        // SQLAlchemy's select(Book).join(Author): the @ForeignKey on QBook.authorId links the two tables
        assertThat(select(QBook.class).join(QAuthor_.TABLE).toString()).isEqualTo("SELECT q_book.id, q_book.title,"
                + " q_book.author_id FROM q_book JOIN q_author ON q_author.id = q_book.author_id");
        assertThat(select(QAuthor_.name).selectFrom(QAuthor_.TABLE.outerJoin(QBook_.TABLE)).toString()).isEqualTo(
                "SELECT q_author.name FROM q_author LEFT OUTER JOIN q_book ON q_author.id = q_book.author_id");
        assertThatThrownBy(() -> select(QBook.class).join(QEmployee_.TABLE)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Can't find any foreign key relationships between [q_book] and [q_employee]");
    }

    @Test
    void anAliasedClassJoinsToItselfWithItsOwnColumns() {
        EntityTable<QEmployee> manager = EntityTable.aliased(QEmployee.class, "manager");
        assertThat(select(QEmployee_.name, manager.get(QEmployee_.name)).join(QEmployee_.manager.of(manager))
                .toString()).isEqualTo("SELECT q_employee.name, manager.name FROM q_employee"
                + " JOIN q_employee AS manager ON q_employee.manager_id = manager.id");
        assertThat(Sql.aliased(QEmployee.class)).isInstanceOf(EntityTable.class)
                .extracting(Object::toString).isEqualTo("q_employee AS q_employee_1");
    }

    @Test
    void comparatorsRenderCorrelatedExists() {
        assertThat(select(QAuthor_.name).where(QAuthor_.books.any(QBook_.title.eq("T"))).toString()).isEqualTo(
                "SELECT q_author.name FROM q_author WHERE EXISTS (SELECT 1 FROM q_book"
                        + " WHERE q_author.id = q_book.author_id AND q_book.title = :title_1)");
        assertThat(select(QBook_.title).where(QBook_.author.has(QAuthor_.name.eq("A"))).toString()).isEqualTo(
                "SELECT q_book.title FROM q_book WHERE EXISTS (SELECT 1 FROM q_author"
                        + " WHERE q_book.author_id = q_author.id AND q_author.name = :name_1)");
        assertThat(select(QBook_.title).where(QBook_.tags.any()).toString()).isEqualTo(
                "SELECT q_book.title FROM q_book WHERE EXISTS (SELECT 1 FROM q_tag, q_book_tag"
                        + " WHERE q_book.id = q_book_tag.book_id AND q_tag.id = q_book_tag.tag_id)");
        assertThatThrownBy(() -> QBook_.author.any()).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("QBook.author holds one object, use has()");
        assertThatThrownBy(() -> QAuthor_.books.has()).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("use any()");
    }

    @DatabaseTest
    void groupByThroughAnOuterJoinCountsEveryAuthorsBooksIncludingNone(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open()) {
            List<List<Object>> rows = s.rows(select(QAuthor_.name, func.count(QBook_.id).label("n"))
                    .outerJoin(QAuthor_.books).groupBy(QAuthor_.id, QAuthor_.name).orderBy(QAuthor_.name)).all();
            assertThat(rows).hasSize(QueryFixture.AUTHORS);
            assertThat(rows.subList(0, 3)).extracting(row -> row.get(0) + "=" + ((Number) row.get(1)).intValue())
                    .containsExactly("A001=2", "A002=2", "A003=0");
            assertThat(rows.stream().mapToInt(row -> ((Number) row.get(1)).intValue()).sum()).isEqualTo(f.books);
        }
    }

    @DatabaseTest
    void selectingAnAliasedClassLoadsItsObjects(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open()) {
            EntityTable<QEmployee> manager = EntityTable.aliased(QEmployee.class, "manager");
            List<List<Object>> rows = s.rows(select(QEmployee_.TABLE, manager).join(QEmployee_.manager.of(manager))
                    .orderBy(QEmployee_.name)).all();
            assertThat(rows).extracting(row -> ((QEmployee) row.get(0)).getName() + "→"
                    + ((QEmployee) row.get(1)).getName()).containsExactly("Bob→Ada", "Cy→Bob");
            assertThat(rows.get(1).get(1)).isSameAs(rows.get(0).get(0));
            assertThat(s.<String>scalars(select(QEmployee_.name).join(QEmployee_.manager.of(manager))
                    .where(manager.get(QEmployee_.name).eq("Ada"))).all()).containsExactly("Bob");
            // the default alias name does not clash with the alias the mapping's joined eager load adds
            @SuppressWarnings("unchecked")
            EntityTable<QEmployee> boss = (EntityTable<QEmployee>) Sql.aliased(QEmployee.class);
            assertThat(s.<QEmployee>scalars(select(QEmployee.class).join(QEmployee_.manager.of(boss))
                    .where(boss.get(QEmployee_.name).eq("Bob"))).one().getManager().getName()).isEqualTo("Bob");
        }
    }

    @DatabaseTest
    void anyHasContainsAndEqFilterThroughRelationships(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open()) {
            assertThat(s.<QAuthor>scalars(select(QAuthor.class).where(QAuthor_.books.any(QBook_.title.eq("B002-1"))))
                    .all()).extracting(QAuthor::getName).containsExactly("A002");
            assertThat(s.<QAuthor>scalars(select(QAuthor.class).where(Sql.not(QAuthor_.books.any()))).all())
                    .hasSize(33);
            assertThat(s.<QBook>scalars(select(QBook.class).where(QBook_.author.has(QAuthor_.name.eq("A004")))
                    .orderBy(QBook_.title)).all()).extracting(QBook::getTitle).containsExactly("B004-1", "B004-2");
            QBook book = s.get(QBook.class, 3L);
            assertThat(s.<QAuthor>scalars(select(QAuthor.class).where(QAuthor_.books.contains(book))).one().getName())
                    .isEqualTo("A002");
            QTag t2 = s.get(QTag.class, 2L);
            assertThat(s.<QBook>scalars(select(QBook.class).where(QBook_.tags.contains(t2))).all()).hasSize(f.books / 2);
            assertThat(s.<QBook>scalars(select(QBook.class).where(QBook_.tags.any(QTag_.name.eq("t2")))).all())
                    .hasSize(f.books / 2);
            QAuthor author = s.get(QAuthor.class, 1L);
            assertThat(s.<QBook>scalars(select(QBook.class).where(QBook_.author.eq(author))).all()).hasSize(2);
        }
    }
}
