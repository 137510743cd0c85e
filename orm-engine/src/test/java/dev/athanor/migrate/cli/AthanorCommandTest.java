package dev.athanor.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.Athanor;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.migrate.MigrationTables;
import dev.athanor.migrate.RevisionCompiler;
import dev.athanor.sql.Sql;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line run in-process, as a user runs {@code athanor db …}: every verb against an H2
 * file database and PostgreSQL, asserting Alembic's output lines and exit codes, including errors
 * (unknown revision, unreachable database with its password masked, a non-head without
 * {@code --splice}, multiple heads, an unknown verb) and the autogenerate, upgrade and {@code check} cycle.
 */
class AthanorCommandTest {
    private static final String VERSIONS = "dev.athanor.migrate.versions";
    private static final String A1 = "aaaa00000001";
    private static final String A2 = "aaaa00000002";
    private static final String D1 = "dddd00000001";
    private static final String E1 = "eeee00000001";

    @TempDir
    Path work;

    /** What one run printed, and its exit code. */
    private record Result(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Result run(String url, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("db"), Stream.concat(Stream.of(args),
                Stream.of("--url", url, "--version-table", MigrationTables.VERSION_TABLE))).toArray(String[]::new);
        int code = AthanorCommand.run(new PrintWriter(out), new PrintWriter(err), all);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void everyVerbOnAnH2FileDatabase() {
        everyVerb("jdbc:h2:file:" + work.resolve("cli").toAbsolutePath());
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void everyVerbOnPostgresql(TestDb db) {
        MigrationTables.dropAll(db);
        try {
            everyVerb(db.database().url());
        } finally {
            MigrationTables.dropAll(db);
        }
    }

    private void everyVerb(String url) {
        Result heads = run(url, "heads", "--package", VERSIONS);
        assertThat(heads.code()).isZero();
        assertThat(heads.lines()).containsExactly(D1 + " (head)");

        assertThat(run(url, "branches", "--package", VERSIONS).lines())
                .containsExactly(A1 + " -> " + A2 + " (branchpoint), create child");
        assertThat(run(url, "current", "--package", VERSIONS).out()).isEmpty();

        Result upgrade = run(url, "upgrade", A2, "--package", VERSIONS);
        assertThat(upgrade.code()).as(upgrade.err()).isZero();
        assertThat(upgrade.lines()).containsExactly("Running upgrade base -> " + A1 + ", create parent",
                "Running upgrade " + A1 + " -> " + A2 + ", create child");
        assertThat(run(url, "current", "--package", VERSIONS).lines()).containsExactly(A2 + " (branchpoint) (current)");

        assertThat(run(url, "upgrade", "head", "--package", VERSIONS).lines()).hasSize(4)
                .endsWith("Running upgrade " + E1 + " -> " + D1 + ", create log and record the run");
        assertThat(run(url, "current", "-v", "--package", VERSIONS).out()).startsWith("Rev: " + D1 + " (head) (current)");

        Result history = run(url, "history", "-i", "--package", VERSIONS);
        assertThat(history.lines()).hasSize(6);
        assertThat(history.lines().get(0))
                .isEqualTo(E1 + " -> " + D1 + " (head) (current), create log and record the run");
        assertThat(run(url, "history", "-r", A1 + ":" + A2, "--package", VERSIONS).lines())
                .containsExactly(A1 + " -> " + A2 + " (branchpoint), create child", "<base> -> " + A1 + ", create parent");
        assertThat(run(url, "show", A2, "--package", VERSIONS).out())
                .startsWith("Rev: " + A2 + " (branchpoint)\nParent: " + A1 + "\n");

        assertThat(run(url, "downgrade", "-1", "--package", VERSIONS).lines())
                .containsExactly("Running downgrade " + D1 + " -> " + E1 + ", create log and record the run");
        assertThat(run(url, "current", "--package", VERSIONS).lines()).containsExactly(E1 + " (mergepoint) (current)");

        assertThat(run(url, "stamp", A1, "--purge", "--package", VERSIONS).code()).isZero();
        assertThat(run(url, "current", "--package", VERSIONS).lines()).containsExactly(A1 + " (current)");
        assertThat(versionRows(url)).containsExactly(A1);

        Result sql = run(url, "upgrade", "base:" + A2, "--sql", "--package", VERSIONS);
        assertThat(sql.code()).as(sql.err()).isZero();
        assertThat(sql.out()).containsIgnoringCase("CREATE TABLE mig_parent").containsIgnoringCase("mig_child");
        assertThat(versionRows(url)).as("--sql leaves the database alone").containsExactly(A1);

        Result unknown = run(url, "show", "zzzz", "--package", VERSIONS);
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("ERROR: ").contains("zzzz");
    }

    @Test
    void anUnreachableDatabaseFailsWithOneLineAndNoPassword() {
        Result result = run("postgresql://athanor:s3cretpw@127.0.0.1:1/nowhere", "current", "--package", VERSIONS,
                "--connect-timeout", "1");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).startsWith("ERROR: ").doesNotContain("s3cretpw");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aRevisionAfterANonHeadNeedsSplice() throws Exception {
        String url = "jdbc:h2:file:" + work.resolve("splice").toAbsolutePath();
        Path sources = work.resolve("src");

        Result refused = run(url, "revision", "-m", "side", "--head", A1, "--package", VERSIONS,
                "--source-dir", sources.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("not a head revision").contains("--splice");

        Result spliced = run(url, "revision", "-m", "side", "--head", A1, "--splice", "--package", VERSIONS,
                "--source-dir", sources.toString());
        assertThat(spliced.code()).as(spliced.err()).isZero();
        assertThat(spliced.out()).startsWith("Generating " + sources).contains("Side_").endsWith("...  done\n");
        try (Stream<Path> files = Files.walk(sources)) {
            assertThat(files.filter(f -> f.toString().endsWith(".java")).findFirst().map(this::read).orElseThrow())
                    .contains("downRevision = {\"" + A1 + "\"}");
        }

        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(RevisionCompiler.compile(sources, work));
        try {
            assertThat(run(url, "heads", "--package", VERSIONS).lines()).hasSize(2).contains(D1 + " (head)");
            Result ambiguous = run(url, "upgrade", "head", "--package", VERSIONS);
            assertThat(ambiguous.code()).isEqualTo(1);
            assertThat(ambiguous.err()).startsWith("ERROR: ").containsIgnoringCase("multiple heads");
            assertThat(ambiguous.out()).isEmpty();
            assertThat(run(url, "current", "--package", VERSIONS).out()).as("nothing ran").isEmpty();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void withoutOptionsTheApplicationConfigurationIsRead() throws Exception {
        Path properties = Files.createDirectories(work.resolve("props"));
        String propertiesUrl = "jdbc:h2:file:" + work.resolve("fromprops").toAbsolutePath();
        Files.writeString(properties.resolve("application.properties"), "athanor.url=" + propertiesUrl
                + "\nathanor.migrations.package=" + VERSIONS + "\n");
        Path yaml = Files.createDirectories(work.resolve("yaml"));
        String yamlUrl = "jdbc:h2:file:" + work.resolve("fromyaml").toAbsolutePath();
        Files.writeString(yaml.resolve("application.yml"), "athanor:\n  url: \"" + yamlUrl + "\"  # the database\n"
                + "  migrations:\n    package: " + VERSIONS + "\n  entity-packages:\n    - dev.athanor.migrate.cli.entities\n");

        for (Path resources : List.of(properties, yaml)) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = AthanorCommand.run(new PrintWriter(out), new PrintWriter(err), "db", "upgrade", A1,
                    "--resources", resources.toString(), "--version-table", MigrationTables.VERSION_TABLE);
            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).startsWith("Running upgrade base -> " + A1);
        }
        assertThat(versionRows(propertiesUrl)).containsExactly(A1);
        assertThat(versionRows(yamlUrl)).containsExactly(A1);

        StringWriter out = new StringWriter();
        int check = AthanorCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "db", "check",
                "--resources", yaml.toString(), "--version-table", MigrationTables.VERSION_TABLE, "--package",
                "generated.none", "--url", "jdbc:h2:file:" + work.resolve("fresh").toAbsolutePath());
        assertThat(check).as("entity packages from the YAML list are compared").isEqualTo(1);
        assertThat(out.toString()).contains("createTable(cli_author)");
    }

    @Test
    void everyVerbHasHelpAndAnUnknownVerbIsAnError() {
        for (String verb : List.of("init", "revision", "upgrade", "downgrade", "stamp", "current", "history", "heads",
                "branches", "show", "merge", "check")) {
            StringWriter out = new StringWriter();
            int code = AthanorCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "db", verb,
                    "--help");
            assertThat(code).as(verb).isZero();
            assertThat(out.toString()).as(verb).startsWith("Usage: athanor db " + verb);
        }
        StringWriter err = new StringWriter();
        assertThat(AthanorCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "db", "upgrad"))
                .isEqualTo(1);
        assertThat(err.toString()).startsWith("ERROR: Unmatched argument");
    }

    @Test
    void autogenerateWritesARevisionThatUpgradesAndThenCheckPasses() throws Exception {
        String url = "jdbc:h2:file:" + work.resolve("auto").toAbsolutePath();
        String migrations = "generated.cli";
        Path sources = work.resolve("src");
        assertThat(run(url, "init", "--package", migrations, "--source-dir", sources.toString()).code()).isZero();

        Result pending = run(url, "check", "--package", migrations, "--entities", "dev.athanor.migrate.cli.entities");
        assertThat(pending.code()).isEqualTo(1);
        assertThat(pending.out()).contains("createTable(cli_author)");
        assertThat(pending.err()).startsWith("ERROR: New upgrade operations detected");

        Result revision = run(url, "revision", "-m", "create authors", "--autogenerate", "--package", migrations,
                "--entities", "dev.athanor.migrate.cli.entities", "--source-dir", sources.toString());
        assertThat(revision.code()).as(revision.err()).isZero();

        ClassLoader compiled = RevisionCompiler.compile(sources, work);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(compiled);
        try {
            Result upgrade = run(url, "upgrade", "head", "--package", migrations);
            assertThat(upgrade.code()).as(upgrade.err()).isZero();
            assertThat(upgrade.out()).contains("Running upgrade base -> ").contains(", create authors");

            Result check = run(url, "check", "--package", migrations, "--entities", "dev.athanor.migrate.cli.entities");
            assertThat(check.code()).as(check.err()).isZero();
            assertThat(check.lines()).containsExactly("No new upgrade operations detected.");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static List<String> versionRows(String url) {
        try (Engine engine = Athanor.createEngine(url); Connection connection = engine.connect()) {
            return connection.execute(Sql.text("SELECT version_num FROM " + MigrationTables.VERSION_TABLE))
                    .<String>scalars().all();
        }
    }

    private String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
