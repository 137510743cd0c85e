package dev.athanor.engine;

import static dev.athanor.sql.Sql.insert;
import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.ArgumentError;
import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import dev.athanor.sql.Executable;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import dev.athanor.types.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** executemany refuses parameter sets whose keys the first set lacks, instead of dropping their values. */
class ExecutemanyKeysTest {
    private static final MetaData METADATA = new MetaData();
    private static final Table NOTES = METADATA.table("em_notes", Column.of("id", Types.INTEGER).primaryKey(),
            Column.of("body", Types.string(20)), Column.of("author", Types.string(20)));

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    private static void assertRefusedAndNothingWritten(TestDb db, Executable statement) {
        METADATA.dropAll(db.engine());
        METADATA.createAll(db.engine());
        try (Connection conn = db.engine().connect()) {
            List<Map<String, Object>> sets = List.of(row("id", 1, "body", "a"), row("id", 2, "body", "b"),
                    row("id", 3, "body", "c", "author", "ann"));
            assertThatThrownBy(() -> conn.execute(statement, sets))
                    .isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("parameter set 2").hasMessageContaining("'author'");
            conn.commit();
            assertThat(conn.execute(text("SELECT COUNT(*) FROM em_notes")).<Number>scalar().intValue()).isZero();
        } finally {
            METADATA.dropAll(db.engine());
        }
    }

    @DatabaseTest
    void coreInsertRefusesKeysTheFirstSetLacks(TestDb db) {
        assertRefusedAndNothingWritten(db, insert(NOTES));
    }

    @DatabaseTest
    void textRefusesKeysTheFirstSetLacks(TestDb db) {
        assertRefusedAndNothingWritten(db, text("INSERT INTO em_notes (id, body) VALUES (:id, :body)"));
    }

    @DatabaseTest
    void setsWithTheSameKeysAreAllWritten(TestDb db) {
        METADATA.dropAll(db.engine());
        METADATA.createAll(db.engine());
        try (Connection conn = db.engine().connect()) {
            conn.execute(insert(NOTES), List.of(row("id", 1, "body", "a", "author", null),
                    row("id", 2, "body", "b", "author", "bob")));
            conn.commit();
            assertThat(conn.execute(text("SELECT author FROM em_notes ORDER BY id")).scalars().all())
                    .containsExactly(null, "bob");
        } finally {
            METADATA.dropAll(db.engine());
        }
    }
}
