package dev.athanor.engine;

import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.sql.compiler.IdentifierPreparer;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import java.util.List;
import java.util.Map;

class InjectionAndQuotingTest {
    private static final List<String> HOSTILE = List.of(
            "Robert'); DROP TABLE inj_students;--",
            "' OR '1'='1",
            "\\'; DELETE FROM inj_students; --",
            "\"quoted\" and `ticked` and [bracketed]",
            ":not_a_bind ? also not a marker %s %d",
            "emoji 😀 and unicode ✓ ünïcödé",
            "back\\slash\\\\ and\nnewline and \ttab");

    @DatabaseTest
    void injectionStringsTravelAsValuesAndComeBackByteForByte(TestDb db) {
        db.dropTables("inj_students");
        try (Connection conn = db.engine().connect()) {
            conn.execute(text("CREATE TABLE inj_students (id INTEGER PRIMARY KEY, name VARCHAR(200))"));
            for (int i = 0; i < HOSTILE.size(); i++) {
                conn.execute(text("INSERT INTO inj_students (id, name) VALUES (:id, :name)"),
                        Map.of("id", i, "name", HOSTILE.get(i)));
            }
            conn.commit();
            assertThat(conn.execute(text("SELECT name FROM inj_students ORDER BY id")).scalars().all())
                    .containsExactlyElementsOf(HOSTILE);
            assertThat(conn.execute(text("SELECT COUNT(*) FROM inj_students WHERE name = :n"),
                    Map.of("n", HOSTILE.get(1))).<Number>scalar().intValue()).isEqualTo(1);
        } finally {
            db.dropTables("inj_students");
        }
    }

    @DatabaseTest
    void reservedWordsAndQuestionMarksWorkAsQuotedIdentifiers(TestDb db) {
        IdentifierPreparer q = db.dialect().preparer();
        db.dropTables("order", "user", "group", "select");
        try (Connection conn = db.engine().connect()) {
            for (String table : List.of("order", "user", "group", "select")) {
                conn.execute(text("CREATE TABLE " + q.quote(table) + " (" + q.quote("select") + " INTEGER PRIMARY KEY, "
                        + q.quote("group") + " VARCHAR(20), " + q.quote("q?marks") + " VARCHAR(20))"));
                conn.execute(text("INSERT INTO " + q.quote(table) + " (" + q.quote("select") + ", " + q.quote("group")
                        + ", " + q.quote("q?marks") + ") VALUES (:id, :g, :m)"), Map.of("id", 1, "g", table, "m", "?"));
            }
            conn.commit();
            Row row = conn.execute(text("SELECT " + q.quote("group") + ", " + q.quote("q?marks") + " FROM "
                    + q.quote("order") + " WHERE " + q.quote("select") + " = :id"), Map.of("id", 1)).one();
            assertThat(row.toList()).containsExactly("order", "?");
            assertThat(row.keys()).containsExactly("group", "q?marks");
        } finally {
            db.dropTables("order", "user", "group", "select");
        }
    }
}
