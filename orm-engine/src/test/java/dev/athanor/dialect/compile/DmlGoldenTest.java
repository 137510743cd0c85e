package dev.athanor.dialect.compile;

import static dev.athanor.dialect.compile.CompileAssertions.H2;
import static dev.athanor.dialect.compile.CompileAssertions.MARIADB;
import static dev.athanor.dialect.compile.CompileAssertions.MSSQL;
import static dev.athanor.dialect.compile.CompileAssertions.MYSQL;
import static dev.athanor.dialect.compile.CompileAssertions.ORACLE;
import static dev.athanor.dialect.compile.CompileAssertions.POSTGRESQL;
import static dev.athanor.dialect.compile.CompileAssertions.SQLITE;
import static dev.athanor.dialect.compile.CompileAssertions.assertCompileError;
import static dev.athanor.dialect.compile.CompileAssertions.assertCompiles;
import static dev.athanor.dialect.compile.CompileAssertions.assertCompilesWithLiterals;
import static dev.athanor.sql.Sql.delete;
import static dev.athanor.sql.Sql.insert;
import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.update;

import dev.athanor.dialect.Dialect;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.CoreFixture;
import dev.athanor.sql.Delete;
import dev.athanor.sql.Insert;
import dev.athanor.sql.Update;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SQL each dialect renders for INSERT, UPDATE, DELETE, RETURNING and upserts. */
class DmlGoldenTest {
    private final CoreFixture f = new CoreFixture();
    private final ColumnClause<Integer> userId = f.users.c("id", Integer.class);
    private final ColumnClause<String> userName = f.users.c("name", String.class);
    private final ColumnClause<Integer> logins = f.users.c("login_count", Integer.class);

    private static Map<String, Object> row(Object id, Object name) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("name", name);
        return row;
    }

    @Test
    void insertValuesInTableColumnOrder() {
        Insert insert = insert(f.users).values(Map.of("name", "A", "id", 1));
        for (Dialect dialect : List.of(H2, SQLITE, POSTGRESQL, MYSQL, MARIADB, ORACLE, MSSQL)) {
            assertCompiles(insert, dialect, "INSERT INTO users (id, name) VALUES (?, ?)");
        }
    }

    @Test
    void insertWithNoValuesUsesEachDatabasesSpelling() {
        Insert insert = insert(f.users);
        assertCompiles(insert, POSTGRESQL, "INSERT INTO users DEFAULT VALUES");
        assertCompiles(insert, MYSQL, "INSERT INTO users () VALUES ()");
        assertCompiles(insert, MARIADB, "INSERT INTO users () VALUES ()");
    }

    @Test
    void multiRowInsertExceptOnOracle() {
        Insert insert = insert(f.users).values(List.of(Map.of("id", 1), Map.of("id", 2)));
        assertCompiles(insert, POSTGRESQL, "INSERT INTO users (id) VALUES (?), (?)");
        assertCompiles(insert, MSSQL, "INSERT INTO users (id) VALUES (?), (?)");
        assertCompileError(insert, ORACLE, "several VALUES rows");
    }

    @Test
    void insertFromSelect() {
        Insert insert = insert(f.authors).fromSelect(List.of(f.authors.c("id"), f.authors.c("name")),
                select(f.users.c("id"), f.users.c("name")).where(logins.gt(3)));
        assertCompiles(insert, POSTGRESQL, "INSERT INTO authors (id, name) SELECT users.id, users.name FROM users"
                + " WHERE users.login_count > ?");
    }

    @Test
    void insertReturningPerDialect() {
        Insert insert = insert(f.users).values(row(1, "A")).returning(userId);
        assertCompiles(insert, POSTGRESQL, "INSERT INTO users (id, name) VALUES (?, ?) RETURNING users.id");
        assertCompiles(insert, SQLITE, "INSERT INTO users (id, name) VALUES (?, ?) RETURNING users.id");
        assertCompiles(insert, MARIADB, "INSERT INTO users (id, name) VALUES (?, ?) RETURNING users.id");
        assertCompiles(insert, H2, "SELECT id FROM FINAL TABLE (INSERT INTO users (id, name) VALUES (?, ?))");
        assertCompiles(insert, MSSQL, "INSERT INTO users (id, name) OUTPUT inserted.id VALUES (?, ?)");
        assertCompileError(insert, MYSQL, "INSERT … RETURNING");
        assertCompileError(insert, ORACLE, "INSERT … RETURNING");
    }

    @Test
    void updateWithExpressionAndReturning() {
        Update update = update(f.users).values(logins, logins.plus(1)).where(userId.eq(1)).returning(logins);
        assertCompiles(update, POSTGRESQL,
                "UPDATE users SET login_count = users.login_count + ? WHERE users.id = ? RETURNING users.login_count");
        assertCompiles(update, SQLITE,
                "UPDATE users SET login_count = users.login_count + ? WHERE users.id = ? RETURNING users.login_count");
        assertCompiles(update, MSSQL,
                "UPDATE users SET login_count = users.login_count + ? OUTPUT inserted.login_count WHERE users.id = ?");
        assertCompileError(update, MARIADB, "UPDATE … RETURNING");
        assertCompileError(update, MYSQL, "UPDATE … RETURNING");
    }

    @Test
    void updateReadingAnotherTablePerDialect() {
        Update update = update(f.books).values(Map.of("title", "x"))
                .where(f.books.c("author_id").eq(f.authors.c("id")), f.authors.c("name", String.class).eq("z"));
        String where = " WHERE books.author_id = authors.id AND authors.name = ?";
        assertCompiles(update, POSTGRESQL, "UPDATE books SET title = ? FROM authors" + where);
        assertCompiles(update, SQLITE, "UPDATE books SET title = ? FROM authors" + where);
        assertCompiles(update, MYSQL, "UPDATE books, authors SET books.title = ?" + where);
        assertCompiles(update, MSSQL, "UPDATE books SET title = ? FROM books, authors" + where);
        assertCompileError(update, H2, "UPDATE … FROM");
        assertCompileError(update, ORACLE, "UPDATE … FROM");
    }

    @Test
    void updateWithCorrelatedSubquery() {
        Update update = update(f.authors).values(f.authors.c("name", String.class),
                select(dev.athanor.sql.Sql.func.max(f.books.c("title", String.class)))
                        .where(f.books.c("author_id").eq(f.authors.c("id"))).scalarSubquery());
        assertCompiles(update, POSTGRESQL,
                "UPDATE authors SET name = (SELECT max(books.title) FROM books WHERE books.author_id = authors.id)");
    }

    @Test
    void deleteWithReturningAndUsing() {
        Delete delete = delete(f.users).where(userId.eq(1)).returning(userId);
        assertCompiles(delete, POSTGRESQL, "DELETE FROM users WHERE users.id = ? RETURNING users.id");
        assertCompiles(delete, MARIADB, "DELETE FROM users WHERE users.id = ? RETURNING users.id");
        assertCompiles(delete, MSSQL, "DELETE FROM users OUTPUT deleted.id WHERE users.id = ?");
        Delete using = delete(f.books).where(f.books.c("author_id").eq(f.authors.c("id")),
                f.authors.c("name", String.class).eq("z"));
        String where = " WHERE books.author_id = authors.id AND authors.name = ?";
        assertCompiles(using, POSTGRESQL, "DELETE FROM books USING authors" + where);
        assertCompiles(using, MYSQL, "DELETE FROM books USING books, authors" + where);
        assertCompileError(using, SQLITE, "DELETE … USING");
    }

    @Test
    void upsertInEachDialectsStyle() {
        Insert base = insert(f.users).values(row(1, "A"));
        Insert upsert = base.onConflictDoUpdate(List.of(userId), Map.of("name", base.excluded(userName)));
        String values = "INSERT INTO users (id, name) VALUES (?, ?)";
        assertCompiles(upsert, POSTGRESQL, values + " ON CONFLICT (id) DO UPDATE SET name = excluded.name");
        assertCompiles(upsert, SQLITE, values + " ON CONFLICT (id) DO UPDATE SET name = excluded.name");
        assertCompiles(upsert, MYSQL, values + " AS new ON DUPLICATE KEY UPDATE name = new.name");
        assertCompiles(upsert, MARIADB, values + " ON DUPLICATE KEY UPDATE name = VALUES(name)");
        String merge = "MERGE INTO users USING (SELECT ? AS id, ? AS name%s) excluded ON (users.id = excluded.id)"
                + " WHEN MATCHED THEN UPDATE SET name = excluded.name WHEN NOT MATCHED THEN INSERT (id, name)"
                + " VALUES (excluded.id, excluded.name)";
        assertCompiles(upsert, H2, "MERGE INTO users USING (SELECT CAST(? AS INTEGER) AS id, CAST(? AS VARCHAR(50)) AS name)"
                + " excluded ON (users.id = excluded.id) WHEN MATCHED THEN UPDATE SET name = excluded.name"
                + " WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name)");
        assertCompiles(upsert, ORACLE, String.format(merge, " FROM DUAL"));
        assertCompiles(upsert, MSSQL, String.format(merge, "") + ";");
    }

    @Test
    void upsertDoingNothing() {
        Insert ignore = insert(f.users).values(row(1, "A")).onConflictDoNothing(userId);
        assertCompiles(ignore, POSTGRESQL, "INSERT INTO users (id, name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING");
        assertCompiles(ignore, MARIADB, "INSERT INTO users (id, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE id = id");
        assertCompiles(ignore, H2, "MERGE INTO users USING (SELECT CAST(? AS INTEGER) AS id, CAST(? AS VARCHAR(50)) AS name) excluded ON (users.id = excluded.id)"
                + " WHEN NOT MATCHED THEN INSERT (id, name) VALUES (excluded.id, excluded.name)");
    }

    @Test
    void literalsAreEscapedPerDialect() {
        var select = select(f.users.c("id")).where(userName.eq("O'Brien\\"), userId.eq(3));
        assertCompilesWithLiterals(select, POSTGRESQL,
                "SELECT users.id FROM users WHERE users.name = 'O''Brien\\' AND users.id = 3");
        assertCompilesWithLiterals(select, MYSQL,
                "SELECT users.id FROM users WHERE users.name = 'O''Brien\\\\' AND users.id = 3");
        assertCompilesWithLiterals(insert(f.users).values(row(1, true)), MSSQL,
                "INSERT INTO users (id, name) VALUES (1, 1)");
    }
}
