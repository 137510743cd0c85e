package dev.athanor.dialect.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.sqlite.SqliteDialect;
import dev.athanor.schema.reflect.CheckConstraintInfo;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.schema.reflect.ForeignKeyInfo;
import dev.athanor.schema.reflect.UniqueConstraintInfo;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqliteReflectionTests extends ReflectionBehaviour {
    private Path file;

    @Override
    protected Dialect dialect() {
        return new SqliteDialect();
    }

    @Override
    protected Connection openConnection() {
        try {
            file = Files.createTempFile(Path.of("/tmp"), "reflect_", ".db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return LiveDatabase.connect("SQLite", "jdbc:sqlite:" + file, null);
    }

    @Override
    protected List<String> createStatements() {
        return List.of("""
                CREATE TABLE all_types (
                  id INTEGER PRIMARY KEY, int_col INTEGER NOT NULL DEFAULT 7, big_col BIGINT, small_col SMALLINT,
                  str_col VARCHAR(40) DEFAULT 'hello', text_col TEXT, bool_col BOOLEAN, float_col REAL,
                  double_col DOUBLE, num_col NUMERIC_TEXT(10, 2), date_col DATE, time_col TIME,
                  ts_col DATETIME DEFAULT CURRENT_TIMESTAMP, json_col JSON, blob_col BLOB, char_col CHAR(36),
                  odd_col WIDGET, CHECK (int_col <> 13))""",
                """
                CREATE TABLE "user" (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, email VARCHAR(100),
                  CONSTRAINT uq_user_email UNIQUE (email), CONSTRAINT ck_user_name CHECK (LENGTH(name) > 0))""",
                """
                CREATE TABLE "group" (tenant INT NOT NULL, code VARCHAR(10) NOT NULL, title VARCHAR(100),
                  CONSTRAINT pk_group PRIMARY KEY (tenant, code))""",
                """
                CREATE TABLE "order" (id INT PRIMARY KEY, tenant INT, group_code VARCHAR(10), user_id INT, placed DATE,
                  CONSTRAINT fk_order_group FOREIGN KEY (tenant, group_code) REFERENCES "group" (tenant, code)
                    ON DELETE CASCADE,
                  CONSTRAINT fk_order_user FOREIGN KEY (user_id) REFERENCES "user" (id))""",
                "CREATE INDEX ix_order_placed ON \"order\" (placed)",
                "CREATE UNIQUE INDEX ux_order_user_placed ON \"order\" (user_id, placed)",
                "CREATE INDEX ix_order_lower ON \"order\" (lower(group_code))",
                "CREATE TABLE \"select\" (\"q?marks\" INT PRIMARY KEY, \"from\" VARCHAR(10))",
                "CREATE TABLE \"Mixed\" (\"Id\" INT PRIMARY KEY, \"Value\" VARCHAR(10))",
                """
                CREATE TABLE note (id INTEGER PRIMARY KEY, "order" INT REFERENCES "order", body TEXT UNIQUE, code TEXT,
                  "Weird, name" INT CONSTRAINT ck_weird CHECK ("Weird, name" IN (1, 2)),
                  UNIQUE (code, body)) WITHOUT ROWID""");
    }

    @Override
    protected void dropEverything(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("note", "\"order\"", "\"group\"", "\"user\"", "\"select\"", "\"Mixed\"",
                    "all_types")) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    protected String expectedDefaultSchema() {
        return "main";
    }

    @Override
    protected String keptComment(String comment) {
        return null;
    }

    @Override
    protected boolean hasSequences() {
        return false;
    }

    @Override
    protected Map<String, SqlType<?>> expectedTypes() {
        return Map.ofEntries(Map.entry("id", Types.INTEGER), Map.entry("int_col", Types.INTEGER),
                Map.entry("big_col", Types.BIG_INTEGER), Map.entry("small_col", Types.SMALL_INTEGER),
                Map.entry("str_col", Types.string(40)), Map.entry("text_col", Types.TEXT),
                Map.entry("bool_col", Types.BOOLEAN), Map.entry("float_col", Types.FLOAT),
                Map.entry("double_col", Types.DOUBLE), Map.entry("num_col", Types.numeric(10, 2)),
                Map.entry("date_col", Types.DATE), Map.entry("time_col", Types.TIME),
                Map.entry("ts_col", Types.DATETIME), Map.entry("json_col", Types.JSON),
                Map.entry("blob_col", Types.LARGE_BINARY), Map.entry("char_col", Types.string(36)),
                Map.entry("odd_col", Types.NUMERIC));
    }

    /** The note table was extra to the shared schema; it sits in the listing too. */
    @Override
    @Test
    void listsTheTablesOfTheDefaultSchemaByTheirDeclaredNames() {
        assertThat(inspector.tableNames())
                .containsExactly("Mixed", "all_types", "group", "note", "order", "select", "user");
    }

    @Test
    void integerPrimaryKeyIsTheRowidAliasButNotInAWithoutRowidTable() {
        ColumnInfo alias = byName(inspector.columns("all_types")).get("id");
        assertThat(alias.autoincrement()).isTrue();
        assertThat(alias.nullable()).isFalse();
        assertThat(inspector.columns("note")).noneMatch(ColumnInfo::autoincrement);
    }

    @Test
    void unnamedConstraintsAreReadFromTheTableSql() {
        assertThat(inspector.checkConstraints("all_types"))
                .containsExactly(new CheckConstraintInfo(null, "int_col <> 13"));
        assertThat(inspector.checkConstraints("note"))
                .containsExactly(new CheckConstraintInfo("ck_weird", "\"Weird, name\" IN (1, 2)"));
        assertThat(inspector.uniqueConstraints("note")).containsExactlyInAnyOrder(
                new UniqueConstraintInfo(null, List.of("body")),
                new UniqueConstraintInfo(null, List.of("code", "body")));
    }

    @Test
    void referenceWithoutColumnsMeansTheReferredPrimaryKey() {
        assertThat(inspector.foreignKeys("note")).containsExactly(
                new ForeignKeyInfo(null, List.of("order"), null, "order", List.of("id"), null, null));
    }

    @Test
    void indexesOnExpressionsAreLeftOut() {
        assertThat(inspector.indexes("order")).extracting(i -> i.name()).doesNotContain("ix_order_lower");
    }
}
