package dev.athanor.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.dialect.sqlite.SqliteDialect;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where SQLite's migration runners of every process meet: a lock file beside the database file. */
class SqliteMigrationLockFileTest {
    private final SqliteDialect dialect = new SqliteDialect();

    @Test
    void aFileDatabaseLocksAFileBesideIt() {
        assertThat(dialect.migrationLockFile("jdbc:sqlite:/srv/app/data.db"))
                .isEqualTo(Path.of("/srv/app/data.db.athanor-migrate.lock"));
        assertThat(dialect.migrationLockFile("jdbc:sqlite:file:/srv/app/data.db?journal_mode=WAL"))
                .isEqualTo(Path.of("/srv/app/data.db.athanor-migrate.lock"));
        assertThat(dialect.migrationLockFile("jdbc:sqlite:relative.db"))
                .isEqualTo(Path.of("relative.db.athanor-migrate.lock"));
    }

    @Test
    void anInMemoryDatabaseHasNoLockFile() {
        assertThat(dialect.migrationLockFile("jdbc:sqlite::memory:")).isNull();
        assertThat(dialect.migrationLockFile("jdbc:sqlite:file::memory:?cache=shared")).isNull();
    }
}
