package dev.athanor.orm;

import static dev.athanor.orm.Load.selectinLoad;
import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.orm.model.QAuthor;
import dev.athanor.orm.model.QAuthor_;
import dev.athanor.orm.model.QBook_;
import dev.athanor.sql.Select;
import dev.athanor.sql.TypedSelect;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code select(QAuthor.class)} carries its element type through where, joins, options, order
 * and limit into {@code scalars}, {@code scalar} and {@code stream}, so no type witness is needed;
 * the witness form still compiles for existing callers.
 */
class TypedSelectTest {

    @DatabaseTest
    void scalarsOfAnEntitySelectIterateAsTheEntityWithoutAWitness(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open()) {
            List<String> names = new ArrayList<>();
            for (QAuthor author : s.scalars(select(QAuthor.class)
                    .join(QAuthor_.books)
                    .where(QBook_.title.eq("B001-1"), QAuthor_.name.startsWith("A"))
                    .options(selectinLoad(QAuthor_.books))
                    .orderBy(QAuthor_.name)
                    .limit(5))) {
                names.add(author.getName() + " " + author.getBooks().size());
            }
            assertThat(names).containsExactly("A001 2");

            QAuthor second = s.scalar(select(QAuthor.class).where(QAuthor_.name.eq("A002")));
            assertThat(second.getBooks()).hasSize(2);

            List<QAuthor> witnessed = s.<QAuthor>scalars(select(QAuthor.class).orderBy(QAuthor_.id).limit(2)).all();
            assertThat(witnessed).extracting(QAuthor::getName).containsExactly("A001", "A002");
        }
    }

    @DatabaseTest
    void streamOfAnEntitySelectYieldsTheEntity(TestDb db) {
        try (QueryFixture f = new QueryFixture(db); Session s = f.sessions.open();
             StreamedResult<QAuthor> authors = s.stream(select(QAuthor.class).orderBy(QAuthor_.id), 40)) {
            int partitions = 0;
            long total = 0;
            for (List<QAuthor> partition : authors.partitions()) {
                partitions++;
                total += partition.size();
            }
            assertThat(partitions).isEqualTo(3);
            assertThat(total).isEqualTo(QueryFixture.AUTHORS);
        }
    }

    @Test
    void changingTheSelectListDropsTheTypeAndKeepingItKeepsIt() {
        TypedSelect<QAuthor> typed = select(QAuthor.class).where(QAuthor_.id.gt(3L)).distinct().offset(1);
        Select ids = typed.withOnlyColumns(QAuthor_.id);
        Select more = typed.addColumns(QAuthor_.bio);
        assertThat(ids).isNotInstanceOf(TypedSelect.class);
        assertThat(more).isNotInstanceOf(TypedSelect.class);
        assertThat(typed.toString()).isEqualTo("SELECT DISTINCT q_author.id, q_author.name, q_author.bio"
                + " FROM q_author WHERE q_author.id > :id_1 OFFSET :param_offset");
        assertThat(ids.toString()).startsWith("SELECT DISTINCT q_author.id FROM q_author WHERE");
        assertThat(select(QAuthor.class).toString()).isEqualTo(select(new Class<?>[] {QAuthor.class}).toString());
    }
}
