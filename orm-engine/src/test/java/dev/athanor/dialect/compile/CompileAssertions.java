package dev.athanor.dialect.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.h2.H2Dialect;
import dev.athanor.dialect.mssql.SqlServerDialect;
import dev.athanor.dialect.mysql.MariaDbDialect;
import dev.athanor.dialect.mysql.MySqlDialect;
import dev.athanor.dialect.oracle.OracleDialect;
import dev.athanor.dialect.postgresql.PostgresDialect;
import dev.athanor.dialect.sqlite.SqliteDialect;
import dev.athanor.exc.CompileError;
import dev.athanor.sql.Executable;

/** Golden-SQL assertions: the exact text a statement compiles to on a dialect. */
public final class CompileAssertions {
    public static final Dialect H2 = new H2Dialect();
    public static final Dialect SQLITE = new SqliteDialect();
    public static final Dialect POSTGRESQL = new PostgresDialect();
    public static final Dialect MYSQL = new MySqlDialect();
    public static final Dialect MARIADB = new MariaDbDialect();
    public static final Dialect ORACLE = new OracleDialect();
    public static final Dialect MSSQL = new SqlServerDialect();

    private CompileAssertions() {
    }

    /** Asserts the SQL text (with {@code ?} markers) a statement renders on a dialect. */
    public static void assertCompiles(Executable statement, Dialect dialect, String sql) {
        assertThat(dialect.compile(statement).sql()).as("SQL on %s", dialect.name()).isEqualTo(sql);
    }

    /** Asserts the SQL text with values inline ({@code compileWithLiterals}). */
    public static void assertCompilesWithLiterals(Executable statement, Dialect dialect, String sql) {
        assertThat(dialect.compileWithLiterals(statement)).as("literal SQL on %s", dialect.name()).isEqualTo(sql);
    }

    /** Asserts that a dialect refuses a statement with a CompileError naming the construct and the dialect. */
    public static void assertCompileError(Executable statement, Dialect dialect, String construct) {
        assertThatThrownBy(() -> dialect.compile(statement))
                .isInstanceOf(CompileError.class)
                .hasMessageContaining(construct)
                .hasMessageContaining(dialect.name());
    }
}
