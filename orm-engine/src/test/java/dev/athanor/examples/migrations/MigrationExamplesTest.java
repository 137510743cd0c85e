package dev.athanor.examples.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.dialect.Dialects;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.examples.migrations.branches.BranchA;
import dev.athanor.examples.migrations.branches.BranchB;
import dev.athanor.migrate.MigrationCommands;
import dev.athanor.migrate.RevisionInfo;
import dev.athanor.migrate.cli.AthanorCommand;
import dev.athanor.migrate.runtime.MigrationOptions;
import dev.athanor.migrate.script.GeneratedRevision;
import dev.athanor.migrate.script.ScriptDirectory;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.sql.Sql;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documents' Alembic examples: the revision files of {@code versions} run through
 * {@link MigrationCommands} (Alembic's {@code command} module) on the server databases, and the
 * {@code alembic …} command lines as {@code athanor db …} on an H2 file, asserting what they print.
 * SQLite is left out: its missing ALTERs need {@code op.batchAlterTable}, which the guides do not use.
 */
class MigrationExamplesTest {
    private static final String VERSIONS = "dev.athanor.examples.migrations.versions";
    private static final String BOOKS = "dev.athanor.examples.migrations.books";

    @TempDir
    Path work;

    /** What one {@code athanor db …} run printed, and its exit code. */
    private record Printed(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Printed athanor(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AthanorCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Printed(code, out.toString(), err.toString());
    }

    private static void dropAll(TestDb db) {
        db.dropTables("articles", "products", "users", MigrationOptions.DEFAULT_VERSION_TABLE);
    }

    @DatabaseTest(only = {TestDatabase.H2, TestDatabase.POSTGRESQL, TestDatabase.MARIADB})
    void theRevisionFilesUpgradeAndDowngradeThroughTheCommandsApi(TestDb db) {
        dropAll(db);
        Engine engine = db.engine();
        try {
            // tag::commands-api[]
            MigrationCommands alembic = new MigrationCommands(engine,
                    ScriptDirectory.scan("dev.athanor.examples.migrations.versions"), MigrationOptions.defaults());
            alembic.upgrade("head");                          // alembic upgrade head
            List<RevisionInfo> current = alembic.current();   // alembic current
            // end::commands-api[]
            assertThat(current).extracting(RevisionInfo::id).containsExactly("0f1e2d3c4b5a");
            try (Connection conn = engine.connect()) {
                assertThat(conn.inspector().columns("users")).extracting(ColumnInfo::name)
                        .containsExactly("id", "username", "email", "created_at", "is_active");
                assertThat(conn.execute(Sql.text("SELECT email FROM users ORDER BY username")).<String>scalars().all())
                        .containsExactly("admin@example.com", "guest@example.com");
                assertThat(conn.inspector().hasTable("articles")).isTrue();
                assertThat(conn.inspector().columns("products")).extracting(ColumnInfo::name)
                        .containsExactly("id", "title");
            }
            // tag::commands-downgrade[]
            alembic.downgrade("-1");                          // alembic downgrade -1
            alembic.downgrade("abc123");                      // alembic downgrade abc123
            List<RevisionInfo> history = alembic.history("base:head", true);   // alembic history
            // end::commands-downgrade[]
            assertThat(history).extracting(r -> r.format(false)).containsExactly(
                    "def456 -> 0f1e2d3c4b5a (head), Data migration",
                    "abc123 -> def456, Common operations",
                    "<base> -> abc123 (current), Add user table");
            try (Connection conn = engine.connect()) {
                assertThat(conn.inspector().hasTable("products")).isFalse();
                assertThat(conn.inspector().indexes("users")).extracting(i -> i.name().toLowerCase())
                        .contains("ix_users_username");
            }
            alembic.downgrade("base");
            try (Connection conn = engine.connect()) {
                assertThat(conn.inspector().hasTable("users")).isFalse();
            }
        } finally {
            dropAll(db);
        }
    }

    @Test
    void offlineModeWritesTheSqlInsteadOfRunningIt() {
        // tag::offline[]
        StringWriter sql = new StringWriter();
        MigrationCommands.offline(Dialects.forScheme("postgresql"),
                ScriptDirectory.scan("dev.athanor.examples.migrations.versions"), MigrationOptions.defaults())
                .upgrade("base:head", sql);                   // alembic upgrade head --sql
        // end::offline[]
        assertThat(sql.toString()).contains("CREATE TABLE users", "CREATE INDEX ix_users_username ON users (username)",
                "ALTER TABLE users ALTER COLUMN username SET DATA TYPE VARCHAR(100)", "UPDATE users SET is_active = TRUE;",
                "INSERT INTO athanor_version");
    }

    @Test
    void theAlembicCommandLinesAsAthanorDb() {
        String url = "jdbc:h2:file:" + work.resolve("app").toAbsolutePath();
        String src = work.resolve("src").toString();
        String[] db = {"db", "--url", url, "--package", VERSIONS};
        // tag::cli[]
        // alembic upgrade head
        Printed upgrade = athanor("db", "upgrade", "head", "--url", url, "--package", VERSIONS);
        // end::cli[]
        assertThat(upgrade.lines()).containsExactly(
                "Running upgrade base -> abc123, Add user table",
                "Running upgrade abc123 -> def456, Common operations",
                "Running upgrade def456 -> 0f1e2d3c4b5a, Data migration");
        assertThat(athanor(with(db, "current")).lines()).containsExactly("0f1e2d3c4b5a (head) (current)");
        assertThat(athanor(with(db, "history")).lines()).containsExactly(
                "def456 -> 0f1e2d3c4b5a (head), Data migration",
                "abc123 -> def456, Common operations",
                "<base> -> abc123, Add user table");
        assertThat(athanor(with(db, "downgrade", "-1")).lines())
                .containsExactly("Running downgrade 0f1e2d3c4b5a -> def456, Data migration");
        assertThat(athanor(with(db, "downgrade", "abc123")).lines())
                .containsExactly("Running downgrade def456 -> abc123, Common operations");
        assertThat(athanor(with(db, "upgrade", "+2")).lines()).containsExactly(
                "Running upgrade abc123 -> def456, Common operations",
                "Running upgrade def456 -> 0f1e2d3c4b5a, Data migration");
        assertThat(athanor(with(db, "downgrade", "base")).lines()).hasSize(3);
        assertThat(athanor(with(db, "current")).out()).isEmpty();
        assertThat(athanor(with(db, "upgrade", "head", "--sql")).out()).contains("CREATE TABLE users");
        assertThat(athanor(with(db, "current")).out()).as("--sql ran nothing").isEmpty();

        Printed empty = athanor(with(db, "revision", "-m", "Add custom index", "--source-dir", src));
        assertThat(empty.code()).as(empty.err()).isZero();
        assertThat(empty.out()).startsWith("Generating " + src).contains("AddCustomIndex_").endsWith("done\n");
    }

    @Test
    void theCheatSheetsWalkThrough() throws Exception {
        String url = "jdbc:h2:file:" + work.resolve("books").toAbsolutePath();
        String src = work.resolve("src").toString();
        Printed init = athanor("db", "init", "--url", url, "--package", "com.example.migrations", "--source-dir", src);
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(Files.isDirectory(work.resolve("src/com/example/migrations"))).isTrue();

        Printed autogenerate = athanor("db", "revision", "--autogenerate", "-m", "add books table", "--url", url,
                "--package", "com.example.migrations", "--entities", BOOKS, "--source-dir", src);
        assertThat(autogenerate.code()).as(autogenerate.err()).isZero();
        assertThat(autogenerate.out()).startsWith("Generating " + src).endsWith("done\n");
        try (var files = Files.list(work.resolve("src/com/example/migrations"))) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("AddBooksTable_"))
                    .findFirst().map(this::read).orElseThrow()).contains("op.createTable(\"books\"");
        }

        String[] db = {"db", "--url", url, "--package", BOOKS};
        assertThat(athanor(with(db, "upgrade", "head")).lines())
                .containsExactly("Running upgrade base -> 3a4b5c6d, add books table");
        assertThat(athanor(with(db, "downgrade", "-1")).lines())
                .containsExactly("Running downgrade 3a4b5c6d -> base, add books table");
        assertThat(athanor(with(db, "history", "--verbose")).out())
                .startsWith("Rev: 3a4b5c6d (head)\nParent: <base>\n").contains("add books table");
    }

    @DatabaseTest(only = {TestDatabase.H2, TestDatabase.POSTGRESQL})
    void twoBranchesFromBaseAreMerged(TestDb db) throws Exception {
        db.dropTables("branch_a", "branch_b", MigrationOptions.DEFAULT_VERSION_TABLE);
        try {
            // tag::branches[]
            MigrationCommands twoBranches = new MigrationCommands(db.engine(),
                    ScriptDirectory.of(List.of(BranchA.class, BranchB.class)), MigrationOptions.defaults());
            List<RevisionInfo> heads = twoBranches.heads();                   // alembic heads
            twoBranches.upgrade("heads");                                     // alembic upgrade heads
            GeneratedRevision merge = twoBranches.merge(work, "com.example.migrations", List.of("heads"),
                    "merge branches");                                        // alembic merge -m "merge branches" heads
            // end::branches[]
            assertThat(heads).extracting(RevisionInfo::id).containsExactlyInAnyOrder("b1a000000001", "b1b000000001");
            assertThat(twoBranches.current()).hasSize(2);
            assertThat(read(merge.file())).contains("b1a000000001", "b1b000000001", "merge branches");

            MigrationCommands merged = new MigrationCommands(db.engine(),
                    ScriptDirectory.scan("dev.athanor.examples.migrations.branches"), MigrationOptions.defaults());
            merged.upgrade("head");
            assertThat(merged.current()).extracting(RevisionInfo::id).containsExactly("b1c000000001");
        } finally {
            db.dropTables("branch_a", "branch_b", MigrationOptions.DEFAULT_VERSION_TABLE);
        }
    }

    private static String[] with(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        all[0] = base[0];
        System.arraycopy(more, 0, all, 1, more.length);
        System.arraycopy(base, 1, all, 1 + more.length, base.length - 1);
        return all;
    }

    private String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
