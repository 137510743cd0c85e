package dev.athanor.dialect.compile;

import static dev.athanor.dialect.compile.CompileAssertions.assertCompiles;
import static dev.athanor.dialect.compile.CompileAssertions.assertCompilesWithLiterals;

import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.Sql;
import dev.athanor.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL an IN list compiles to: one array parameter, a marker expanded at execution, or literals offline. */
class InListCompileTest {
    private static final Table T = new MetaData().table("t", Column.of("id", Types.INTEGER).primaryKey());
    private static final ColumnClause<Integer> ID = T.c("id", Integer.class);

    @Test
    void postgresBindsTheListAsOneArray() {
        assertCompiles(Sql.select(ID).where(ID.in(List.of(1, 2, 3))), CompileAssertions.POSTGRESQL,
                "SELECT t.id FROM t WHERE t.id = ANY(?)");
        assertCompiles(Sql.select(ID).where(ID.notIn(List.of(1, 2, 3))), CompileAssertions.POSTGRESQL,
                "SELECT t.id FROM t WHERE t.id <> ALL(?)");
        assertCompiles(Sql.select(ID).where(Sql.not(ID.in(List.of(1)))), CompileAssertions.POSTGRESQL,
                "SELECT t.id FROM t WHERE t.id <> ALL(?)");
    }

    @Test
    void otherDialectsLeaveAMarkerExpandedAtExecution() {
        for (var dialect : List.of(CompileAssertions.SQLITE, CompileAssertions.MARIADB, CompileAssertions.H2)) {
            assertCompiles(Sql.select(ID).where(ID.in(List.of(1, 2, 3))), dialect,
                    "SELECT t.id FROM t WHERE t.id IN (__[POSTCOMPILE_id_1])");
        }
    }

    @Test
    void offlineScriptsWriteTheValues() {
        assertCompilesWithLiterals(Sql.select(ID).where(ID.in(List.of(1, 2, 3))), CompileAssertions.POSTGRESQL,
                "SELECT t.id FROM t WHERE t.id IN (1, 2, 3)");
        assertCompilesWithLiterals(Sql.select(ID).where(ID.notIn(List.of(4))), CompileAssertions.SQLITE,
                "SELECT t.id FROM t WHERE t.id NOT IN (4)");
    }
}
