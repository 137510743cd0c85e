package dev.athanor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The databases behaviour tests run on: H2 and SQLite always, PostgreSQL and MariaDB on
 * 127.0.0.1 when reachable. Server URLs can be overridden with {@code ATHANOR_POSTGRESQL_URL} and
 * {@code ATHANOR_MARIADB_URL}.
 */
public enum TestDatabase {
    H2(false) {
        @Override
        String defaultUrl() {
            return "h2:///:memory:";
        }
    },
    SQLITE(false) {
        @Override
        String defaultUrl() {
            try {
                Path dir = Files.createTempDirectory("athanor-sqlite");
                dir.toFile().deleteOnExit();
                return "sqlite:///" + dir.resolve("test.db");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },
    POSTGRESQL(true) {
        @Override
        String defaultUrl() {
            return "postgresql://postgres@127.0.0.1:5432/test";
        }
    },
    MARIADB(true) {
        @Override
        String defaultUrl() {
            return "mariadb://root@127.0.0.1:3306/test";
        }
    };

    private final boolean server;

    TestDatabase(boolean server) {
        this.server = server;
    }

    /** Whether this is a server that may be unreachable (and is then skipped, or fails in CI). */
    public boolean isServer() {
        return server;
    }

    abstract String defaultUrl();

    /** The URL tests connect to. */
    public String url() {
        String override = System.getenv("ATHANOR_" + name() + "_URL");
        return override == null || override.isBlank() ? defaultUrl() : override;
    }

    /** The dialect name as used in messages and dialect lookups. */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether unreachable servers must fail the run instead of being skipped. */
    public static boolean serversRequired() {
        return Boolean.parseBoolean(System.getenv("ATHANOR_REQUIRE_SERVERS"));
    }
}
