package dev.athanor.engine;

import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import dev.athanor.types.Types;
import java.util.List;
import java.util.Map;

/** {@code text()} where it meets each driver's own parsing: question marks, colons, ORDER BY. */
class TextOnDatabaseTest {

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void jsonbQuestionMarkOperatorsRunOnPostgres(TestDb db) {
        try (Connection conn = db.engine().connect()) {
            Row row = conn.execute(text("SELECT '{\"a\":1}'::jsonb ? 'a', '{\"a\":1}'::jsonb ?| array['b', 'a'],"
                    + " '{\"a\":1}'::jsonb ?& array['a', 'b'], :v::int + 1, 'what? :x' /* ? */"),
                    Map.of("v", 41)).one();
            assertThat(row.toList()).containsExactly(true, true, false, 42, "what? :x");
        }
    }

    @DatabaseTest
    void colonsInsideStringLiteralsAndQuestionMarksInLiteralsStayText(TestDb db) {
        try (Connection conn = db.engine().connect()) {
            Row row = conn.execute(text("SELECT 'a :b ? c' AS s, :v AS v"), Map.of("v", "bound")).one();
            assertThat(row.toList()).containsExactly("a :b ? c", "bound");
        }
    }

    @DatabaseTest
    void orderByTextIsRenderedAsWritten(TestDb db) {
        MetaData metadata = new MetaData();
        Table table = metadata.table("text_order", Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("name", Types.string(20)));
        metadata.dropAll(db.engine());
        metadata.createAll(db.engine());
        try (Connection conn = db.engine().connect()) {
            conn.execute(dev.athanor.sql.Sql.insert(table).values(List.of(Map.of("id", 1, "name", "b"),
                    Map.of("id", 2, "name", "c"), Map.of("id", 3, "name", "a"))));
            assertThat(conn.execute(select(table.c("name")).orderBy(text("name DESC"))).scalars().all())
                    .containsExactly("c", "b", "a");
            assertThat(conn.execute(select(table.c("id")).where(table.c("id", Integer.class).gt(1))
                    .orderBy(text("id * :sign").bindparam("sign", -1))).scalars().all())
                    .containsExactly(3, 2);
        } finally {
            metadata.dropAll(db.engine());
        }
    }
}
