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
import static dev.athanor.sql.Sql.desc;
import static dev.athanor.sql.Sql.except;
import static dev.athanor.sql.Sql.exists;
import static dev.athanor.sql.Sql.func;
import static dev.athanor.sql.Sql.literalColumn;
import static dev.athanor.sql.Sql.not;
import static dev.athanor.sql.Sql.or;
import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.trueValue;
import static dev.athanor.sql.Sql.window;

import dev.athanor.dialect.Dialect;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.CoreFixture;
import dev.athanor.sql.Cte;
import dev.athanor.sql.ForUpdate;
import dev.athanor.sql.Select;
import dev.athanor.sql.Subquery;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL each dialect renders for SELECT constructs. */
class SelectGoldenTest {
    private final CoreFixture f = new CoreFixture();
    private final ColumnClause<Integer> userId = f.users.c("id", Integer.class);
    private final ColumnClause<String> userName = f.users.c("name", String.class);
    private static final List<Dialect> ALL = List.of(H2, SQLITE, POSTGRESQL, MYSQL, MARIADB, ORACLE, MSSQL);

    private static void everywhere(dev.athanor.sql.Executable statement, String sql) {
        for (Dialect dialect : ALL) {
            assertCompiles(statement, dialect, sql);
        }
    }

    @Test
    void whereConditionsAndAutoescapedLikeAreTheSameEverywhere() {
        everywhere(select(f.users.c("name")).where(userId.eq(5), userName.startsWith("A%")),
                "SELECT users.name FROM users WHERE users.id = ? AND users.name LIKE ? ESCAPE '/'");
    }

    @Test
    void operatorsAreParenthesisedByPrecedenceAndSpelledPerDialect() {
        Select select = select(userId.plus(1).times(2), userName.concat("x"), userId.mod(3))
                .where(or(userId.lt(1), userId.gt(5)), not(userName.ilike("a%")), userId.in(List.of()));
        String where = " FROM users WHERE (users.id < ? OR users.id > ?) AND ";
        assertCompiles(select, H2, "SELECT (users.id + ?) * ?, users.name || ?, users.id % ?" + where
                + "users.name NOT ILIKE ? AND 1 != 1");
        assertCompiles(select, POSTGRESQL, "SELECT (users.id + ?) * ?, users.name || ?, users.id % ?" + where
                + "users.name NOT ILIKE ? AND 1 != 1");
        assertCompiles(select, SQLITE, "SELECT (users.id + ?) * ?, users.name || ?, users.id % ?" + where
                + "lower(users.name) NOT LIKE lower(?) AND 1 != 1");
        assertCompiles(select, MYSQL, "SELECT (users.id + ?) * ?, concat(users.name, ?), users.id % ?" + where
                + "lower(users.name) NOT LIKE lower(?) AND 1 != 1");
        assertCompiles(select, ORACLE, "SELECT (users.id + ?) * ?, users.name || ?, MOD(users.id, ?)" + where
                + "lower(users.name) NOT LIKE lower(?) AND 1 != 1");
        assertCompiles(select, MSSQL, "SELECT (users.id + ?) * ?, users.name + ?, users.id % ?" + where
                + "lower(users.name) NOT LIKE lower(?) AND 1 != 1");
    }

    @Test
    void regexpMatchUsesTheDialectsOperatorOrFailsNamingTheDialect() {
        Select select = select(f.users.c("id")).where(userName.regexpMatch("^a"));
        String head = "SELECT users.id FROM users WHERE ";
        assertCompiles(select, POSTGRESQL, head + "users.name ~ ?");
        assertCompiles(select, MYSQL, head + "users.name REGEXP ?");
        assertCompiles(select, MARIADB, head + "users.name REGEXP ?");
        assertCompiles(select, H2, head + "REGEXP_LIKE(users.name, ?)");
        assertCompiles(select, ORACLE, head + "REGEXP_LIKE(users.name, ?)");
        assertCompileError(select, SQLITE, "regexpMatch");
        assertCompileError(select, MSSQL, "regexpMatch");
    }

    @Test
    void limitAndOffsetArePagedPerDialect() {
        Select paged = select(f.users.c("id")).orderBy(desc(userId)).limit(10).offset(20);
        String head = "SELECT users.id FROM users ORDER BY users.id DESC";
        for (Dialect dialect : List.of(H2, SQLITE, POSTGRESQL, MYSQL, MARIADB)) {
            assertCompiles(paged, dialect, head + " LIMIT ? OFFSET ?");
        }
        assertCompiles(paged, ORACLE, head + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY");
        assertCompiles(paged, MSSQL, head + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
    }

    @Test
    void aLimitAloneIsTopOnSqlServer() {
        Select limited = select(f.users.c("id")).limit(10);
        assertCompiles(limited, POSTGRESQL, "SELECT users.id FROM users LIMIT ?");
        assertCompiles(limited, ORACLE, "SELECT users.id FROM users FETCH FIRST ? ROWS ONLY");
        assertCompiles(limited, MSSQL, "SELECT TOP (?) users.id FROM users");
    }

    @Test
    void anOffsetAloneGetsTheDialectsNoLimitSpelling() {
        Select skipped = select(f.users.c("id")).orderBy(userId).offset(5);
        String head = "SELECT users.id FROM users ORDER BY users.id";
        assertCompiles(skipped, POSTGRESQL, head + " OFFSET ?");
        assertCompiles(skipped, H2, head + " OFFSET ?");
        assertCompiles(skipped, SQLITE, head + " LIMIT -1 OFFSET ?");
        assertCompiles(skipped, MYSQL, head + " LIMIT 18446744073709551615 OFFSET ?");
        assertCompiles(skipped, ORACLE, head + " OFFSET ? ROWS");
        assertCompiles(skipped, MSSQL, head + " OFFSET ? ROWS");
        assertCompileError(select(f.users.c("id")).offset(5), MSSQL, "OFFSET on mssql needs an ORDER BY");
    }

    @Test
    void outerJoinGroupByHavingOrderedByLabel() {
        everywhere(select(f.authors.c("name"), func.count(f.books.c("id")).label("n"))
                        .outerJoin(f.books, f.authors.c("id").eq(f.books.c("author_id")))
                        .groupBy(f.authors.c("name"))
                        .having(func.count(f.books.c("id")).gt(0L))
                        .orderBy(desc(literalColumn("n"))),
                "SELECT authors.name, count(books.id) AS n FROM authors LEFT OUTER JOIN books"
                        + " ON authors.id = books.author_id GROUP BY authors.name HAVING count(books.id) > ? ORDER BY n DESC");
    }

    @Test
    void fullOuterJoinFailsWhereTheDatabaseLacksIt() {
        Select select = select(f.authors.c("name")).fullOuterJoin(f.books, f.authors.c("id").eq(f.books.c("author_id")));
        assertCompiles(select, POSTGRESQL,
                "SELECT authors.name FROM authors FULL OUTER JOIN books ON authors.id = books.author_id");
        assertCompiles(select, SQLITE,
                "SELECT authors.name FROM authors FULL OUTER JOIN books ON authors.id = books.author_id");
        assertCompileError(select, MARIADB, "FULL OUTER JOIN");
        assertCompileError(select, MYSQL, "FULL OUTER JOIN");
        assertCompileError(select, H2, "FULL OUTER JOIN");
    }

    @Test
    void subqueryColumnsAreLabelledAndAliasedWithoutAsOnOracle() {
        Subquery perAuthor = select(f.books.c("author_id"), func.sum(f.books.c("pages", Integer.class)).label("total"))
                .groupBy(f.books.c("author_id")).subquery("per_author");
        Select select = select(f.authors.c("name"), perAuthor.c("total"))
                .join(perAuthor, f.authors.c("id").eq(perAuthor.c("author_id")));
        String inner = "(SELECT books.author_id, sum(books.pages) AS total FROM books GROUP BY books.author_id)";
        assertCompiles(select, POSTGRESQL, "SELECT authors.name, per_author.total FROM authors JOIN " + inner
                + " AS per_author ON authors.id = per_author.author_id");
        assertCompiles(select, ORACLE, "SELECT authors.name, per_author.total FROM authors JOIN " + inner
                + " per_author ON authors.id = per_author.author_id");
    }

    @Test
    void scalarAndExistsSubqueriesCorrelateToTheEnclosingTables() {
        everywhere(select(f.authors.c("name"), select(func.count()).selectFrom(f.books)
                        .where(f.books.c("author_id").eq(f.authors.c("id"))).scalarSubquery().label("n")),
                "SELECT authors.name, (SELECT count(*) FROM books WHERE books.author_id = authors.id) AS n FROM authors");
        everywhere(select(f.authors.c("name")).where(exists(select(f.books.c("id"))
                        .where(f.books.c("author_id").eq(f.authors.c("id"))))),
                "SELECT authors.name FROM authors WHERE EXISTS (SELECT books.id FROM books WHERE books.author_id = authors.id)");
        everywhere(select(f.authors.c("name")).where(f.authors.c("id").in(select(f.books.c("author_id")))),
                "SELECT authors.name FROM authors WHERE authors.id IN (SELECT books.author_id FROM books)");
    }

    @Test
    void recursiveCteHasColumnsAndRecursiveOnlyWhereRequired() {
        var cat = f.categories;
        Cte tree = select(cat.c("id"), cat.c("name")).where(cat.c("parent_id").isNull()).cteRecursive("tree");
        tree = tree.unionAll(select(cat.c("id"), cat.c("name")).join(tree, cat.c("parent_id").eq(tree.c("id"))));
        Select select = select(tree.c("name")).orderBy(tree.c("name"));
        String body = "tree(id, name) AS (SELECT categories.id, categories.name FROM categories WHERE"
                + " categories.parent_id IS NULL UNION ALL SELECT categories.id, categories.name FROM categories"
                + " JOIN tree ON categories.parent_id = tree.id) SELECT tree.name FROM tree ORDER BY tree.name";
        for (Dialect dialect : List.of(H2, SQLITE, POSTGRESQL, MYSQL, MARIADB)) {
            assertCompiles(select, dialect, "WITH RECURSIVE " + body);
        }
        assertCompiles(select, ORACLE, "WITH " + body);
        assertCompiles(select, MSSQL, "WITH " + body);
    }

    @Test
    void cteBindsComeBeforeTheStatementsBinds() {
        Cte recent = select(f.books.c("author_id"), func.sum(f.books.c("pages", Integer.class)).label("total"))
                .where(f.books.c("published", Integer.class).ge(2024)).groupBy(f.books.c("author_id")).cte("recent");
        Select select = select(f.authors.c("name"), recent.c("total"))
                .join(recent, f.authors.c("id").eq(recent.c("author_id")))
                .where(f.authors.c("name", String.class).ne("x"));
        var compiled = POSTGRESQL.compile(select);
        org.assertj.core.api.Assertions.assertThat(compiled.sql()).isEqualTo("WITH recent AS (SELECT books.author_id,"
                + " sum(books.pages) AS total FROM books WHERE books.published >= ? GROUP BY books.author_id)"
                + " SELECT authors.name, recent.total FROM authors JOIN recent ON authors.id = recent.author_id"
                + " WHERE authors.name != ?");
        org.assertj.core.api.Assertions.assertThat(compiled.slots()).extracting(s -> s.key())
                .containsExactly("published_1", "name_1");
    }

    @Test
    void windowFunctionsWithPartitionOrderAndFrame() {
        everywhere(select(f.books.c("title"), func.rank().over(window().partitionBy(f.books.c("author_id"))
                        .orderBy(f.books.c("pages").desc())).label("r")),
                "SELECT books.title, rank() OVER (PARTITION BY books.author_id ORDER BY books.pages DESC) AS r FROM books");
        everywhere(select(func.sum(f.books.c("pages", Integer.class)).over(window().orderBy(f.books.c("id")).rows(null, 0))),
                "SELECT sum(books.pages) OVER (ORDER BY books.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)"
                        + " FROM books");
        everywhere(select(func.avg(f.books.c("pages")).over(window().orderBy(f.books.c("id")).range(-2, 2))),
                "SELECT avg(books.pages) OVER (ORDER BY books.id RANGE BETWEEN 2 PRECEDING AND 2 FOLLOWING) FROM books");
    }

    @Test
    void setOperationsAndOraclesMinus() {
        everywhere(select(f.users.c("id")).where(userId.eq(1)).union(select(f.users.c("id")).where(userId.eq(2)))
                        .orderBy(f.users.c("id")),
                "SELECT users.id FROM users WHERE users.id = ? UNION SELECT users.id FROM users WHERE users.id = ?"
                        + " ORDER BY users.id");
        var difference = except(select(f.users.c("id")), select(f.books.c("id")));
        assertCompiles(difference, POSTGRESQL, "SELECT users.id FROM users EXCEPT SELECT books.id FROM books");
        assertCompiles(difference, ORACLE, "SELECT users.id FROM users MINUS SELECT books.id FROM books");
    }

    @Test
    void forUpdateWithOptionsOrACompileError() {
        Select locking = select(f.users.c("id")).where(userId.eq(1)).forUpdate(ForUpdate.lock().skipLocked());
        String sql = "SELECT users.id FROM users WHERE users.id = ? FOR UPDATE SKIP LOCKED";
        assertCompiles(locking, POSTGRESQL, sql);
        assertCompiles(locking, MYSQL, sql);
        assertCompiles(locking, ORACLE, sql);
        assertCompileError(locking, H2, "FOR UPDATE SKIP LOCKED");
        assertCompileError(locking, SQLITE, "FOR UPDATE");
        assertCompileError(locking, MSSQL, "FOR UPDATE");
        Select of = select(f.users.c("id")).forUpdate(ForUpdate.lock().of(f.users).nowait());
        assertCompiles(of, POSTGRESQL, "SELECT users.id FROM users FOR UPDATE OF users NOWAIT");
        assertCompiles(of, ORACLE, "SELECT users.id FROM users FOR UPDATE OF users.id NOWAIT");
        assertCompileError(of, MARIADB, "FOR UPDATE OF");
    }

    @Test
    void distinctOnOnlyOnPostgresql() {
        Select select = select(f.users.c("id")).distinct(f.users.c("name"));
        assertCompiles(select, POSTGRESQL, "SELECT DISTINCT ON (users.name) users.id FROM users");
        assertCompileError(select, MYSQL, "DISTINCT ON");
        assertCompiles(select(f.users.c("name")).distinct(), SQLITE, "SELECT DISTINCT users.name FROM users");
    }

    @Test
    void lateralWhereSupported() {
        Select select = select(f.authors.c("name")).join(select(f.books.c("title"))
                .where(f.books.c("author_id").eq(f.authors.c("id"))).limit(1).lateral("lb"), trueValue());
        assertCompiles(select, POSTGRESQL, "SELECT authors.name FROM authors JOIN LATERAL (SELECT books.title FROM books"
                + " WHERE books.author_id = authors.id LIMIT ?) AS lb ON TRUE");
        assertCompileError(select, MARIADB, "LATERAL");
        assertCompileError(select, SQLITE, "LATERAL");
    }

    @Test
    void nullsOrderingIsEmulatedWhereMissing() {
        Select select = select(f.users.c("id")).orderBy(userName.asc().nullsLast());
        assertCompiles(select, POSTGRESQL, "SELECT users.id FROM users ORDER BY users.name NULLS LAST");
        assertCompiles(select, MYSQL,
                "SELECT users.id FROM users ORDER BY CASE WHEN users.name IS NULL THEN 1 ELSE 0 END, users.name");
    }

    @Test
    void functionsAreSpelledPerDialect() {
        Select select = select(func.length(userName), func.now(), func.currentDate());
        assertCompiles(select, POSTGRESQL, "SELECT length(users.name), now(), CURRENT_DATE FROM users");
        assertCompiles(select, SQLITE, "SELECT length(users.name), CURRENT_TIMESTAMP, CURRENT_DATE FROM users");
        assertCompiles(select, MSSQL, "SELECT LEN(users.name), CURRENT_TIMESTAMP, CURRENT_DATE FROM users");
    }

    @Test
    void castUsesTheDialectsTypeNames() {
        Select select = select(userName.cast(dev.athanor.types.Types.INTEGER));
        assertCompiles(select, POSTGRESQL, "SELECT CAST(users.name AS INTEGER) FROM users");
        assertCompiles(select, MYSQL, "SELECT CAST(users.name AS SIGNED) FROM users");
    }

    @Test
    void booleanConstantsAreOneAndZeroWithoutABooleanType() {
        Select select = select(f.users.c("id")).where(userId.gt(0).isTrue());
        assertCompiles(select, POSTGRESQL, "SELECT users.id FROM users WHERE (users.id > ?) = TRUE");
        assertCompiles(select, MSSQL, "SELECT users.id FROM users WHERE (users.id > ?) = 1");
    }
}
