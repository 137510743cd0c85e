package dev.athanor.engine;

import static dev.athanor.sql.Sql.func;
import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.dialect.Capability;
import dev.athanor.exc.ArgumentError;
import dev.athanor.exc.DBAPIError;
import dev.athanor.schema.Column;
import dev.athanor.schema.Index;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Sequence;
import dev.athanor.schema.Table;
import dev.athanor.schema.UniqueConstraint;
import dev.athanor.sql.Cte;
import dev.athanor.sql.Sql;
import dev.athanor.sql.Subquery;
import dev.athanor.sql.TableAlias;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.Requires;
import dev.athanor.testing.TestDb;
import dev.athanor.types.Types;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every API that takes a name as a string, given names built to break out of each dialect's
 * quoting: the statement either works with the name as data or is refused, and the victim table
 * keeps its rows.
 */
class HostileNameTest {
    private static final List<String> HOSTILE = List.of(
            "v\"; DROP TABLE victim; --",
            "v`; DROP TABLE victim; --",
            "v]; DROP TABLE victim; --",
            "v'); DROP TABLE victim; --");

    private static final MetaData VICTIM_MODEL = new MetaData();
    private static final Table VICTIM = VICTIM_MODEL.table("victim",
            Column.of("id", Types.INTEGER).primaryKey(), Column.of("name", Types.string(40)));

    private static void createVictim(TestDb db) {
        db.dropTables("victim");
        try (Connection conn = db.engine().connect()) {
            conn.execute(text("CREATE TABLE victim (id INTEGER PRIMARY KEY, name VARCHAR(40))"));
            for (int i = 1; i <= 3; i++) {
                conn.execute(text("INSERT INTO victim (id, name) VALUES (:id, :name)"), Map.of("id", i, "name", "row" + i));
            }
            conn.commit();
        }
    }

    private static long victimRows(TestDb db) {
        try (Connection conn = db.engine().connect()) {
            return conn.execute(text("SELECT COUNT(*) FROM victim")).<Number>scalar().longValue();
        }
    }

    @Test
    void functionNamesMustBeIdentifiers() {
        assertThatThrownBy(() -> func.name("x(); DROP TABLE victim; --"))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("x(); DROP TABLE victim; --")
                .hasMessageContaining("letters, digits");
        for (String name : List.of("", "1abc", "a b", "a.", ".a", "a..b", "a(", "a\"b")) {
            assertThatThrownBy(() -> func.name(name)).as(name).isInstanceOf(ArgumentError.class);
        }
        assertThat(func.name("my_schema.my_func$2").name()).isEqualTo("my_schema.my_func$2");
        assertThatThrownBy(() -> VICTIM.c("id").label(null)).isInstanceOf(ArgumentError.class);
        assertThatThrownBy(() -> VICTIM.alias("")).isInstanceOf(ArgumentError.class);
        assertThatThrownBy(() -> select(VICTIM.c("id")).cte("a\0b")).isInstanceOf(ArgumentError.class);
    }

    @DatabaseTest
    void hostileFunctionNamesAreRefusedAndPlainOnesRun(TestDb db) {
        createVictim(db);
        try (Connection conn = db.engine().connect()) {
            for (String name : List.of("x(); DROP TABLE victim; --", "lower) FROM victim; DROP TABLE victim; --")) {
                assertThatThrownBy(() -> conn.execute(select(func.name(name, Types.STRING, VICTIM.c("name")))))
                        .isInstanceOf(ArgumentError.class);
            }
            assertThat(conn.execute(select(func.name("upper", Types.STRING, VICTIM.c("name")))
                    .where(VICTIM.c("id", Integer.class).eq(1))).<String>scalar()).isEqualTo("ROW1");
        } finally {
            assertThat(victimRows(db)).isEqualTo(3);
            db.dropTables("victim");
        }
    }

    @DatabaseTest
    void hostileTableColumnIndexAndConstraintNamesAreQuotedAsData(TestDb db) {
        createVictim(db);
        try {
            for (String name : HOSTILE) {
                MetaData metadata = new MetaData();
                Table table = metadata.table(name, Column.of("id", Types.INTEGER).primaryKey(),
                        Column.of(name, Types.string(20)), new UniqueConstraint(name).name(name + "u"),
                        new Index(name + "i", "id"));
                metadata.createAll(db.engine());
                try (Connection conn = db.engine().connect()) {
                    conn.execute(Sql.insert(table).values(Map.of("id", 1, name, "kept")));
                    conn.commit();
                    Row row = conn.execute(select(table.c(name))).one();
                    assertThat(row.keys()).containsExactly(name);
                    assertThat(row.toList()).containsExactly("kept");
                    assertThat(conn.inspector().tableNames()).contains(name);
                } finally {
                    metadata.dropAll(db.engine());
                }
                assertThat(victimRows(db)).as(name).isEqualTo(3);
            }
        } finally {
            db.dropTables("victim");
        }
    }

    @DatabaseTest
    void hostileLabelAliasSubqueryAndCteNamesAreQuotedAsData(TestDb db) {
        createVictim(db);
        try (Connection conn = db.engine().connect()) {
            for (String name : HOSTILE) {
                TableAlias alias = VICTIM.alias(name);
                Subquery subquery = select(alias.c("id").label(name)).where(alias.c("id", Integer.class).eq(2))
                        .subquery(name + "s");
                Cte cte = select(subquery.c(name).label(name + "c")).cte(name + "w");
                Row row = conn.execute(select(cte.c(name + "c").label(name))).one();
                assertThat(row.keys()).containsExactly(name);
                assertThat(((Number) row.toList().get(0)).intValue()).isEqualTo(2);
            }
        } finally {
            assertThat(victimRows(db)).isEqualTo(3);
            db.dropTables("victim");
        }
    }

    @DatabaseTest
    void hostileCollationAndSchemaNamesReachTheDatabaseQuotedAndFail(TestDb db) {
        createVictim(db);
        try {
            for (String name : HOSTILE) {
                try (Connection conn = db.engine().connect()) {
                    assertThatThrownBy(() -> conn.execute(select(VICTIM.c("id"))
                            .orderBy(VICTIM.c("name", String.class).collate(name))))
                            .as(name).isInstanceOf(DBAPIError.class);
                }
                Table elsewhere = new MetaData().table(name, "victim", Column.of("id", Types.INTEGER).primaryKey());
                try (Connection conn = db.engine().connect()) {
                    assertThatThrownBy(() -> conn.execute(select(elsewhere.c("id")))).as(name)
                            .isInstanceOf(DBAPIError.class);
                }
                assertThat(victimRows(db)).as(name).isEqualTo(3);
            }
        } finally {
            db.dropTables("victim");
        }
    }

    @DatabaseTest
    @Requires(Capability.SEQUENCES)
    void hostileSequenceNamesAreQuotedAsData(TestDb db) {
        createVictim(db);
        try {
            for (String name : HOSTILE) {
                MetaData metadata = new MetaData();
                Table table = metadata.table("hostile_seq",
                        Column.of("id", Types.INTEGER).primaryKey().sequence(Sequence.named(name + "q")),
                        Column.of("name", Types.string(20)));
                metadata.createAll(db.engine());
                try (Connection conn = db.engine().connect()) {
                    conn.execute(Sql.insert(table).values(Map.of("name", "a")));
                    conn.execute(Sql.insert(table).values(Map.of("name", "b")));
                    conn.commit();
                    assertThat(conn.execute(select(table.c("id")).orderBy(table.c("id"))).scalars().all())
                            .hasSize(2).doesNotHaveDuplicates();
                } finally {
                    metadata.dropAll(db.engine());
                }
                assertThat(victimRows(db)).as(name).isEqualTo(3);
            }
        } finally {
            db.dropTables("victim");
        }
    }
}
