package dev.athanor.engine;

import dev.athanor.exc.CompileError;
import dev.athanor.schema.Column;
import dev.athanor.schema.Table;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Insert;
import java.util.List;

/**
 * {@code INSERT … RETURNING id} on a database without RETURNING (MySQL, Oracle): the statement is
 * sent without its RETURNING clause, as one statement or one JDBC batch, and the keys come back
 * through JDBC's {@code getGeneratedKeys()}, one row per inserted row in insert order — what
 * SQLAlchemy does with {@code cursor.lastrowid}, but for a whole batch at once.
 *
 * <p>Hazard: drivers return only the generated key column this way, so the RETURNING list may
 * name nothing else; asking for more is a {@link CompileError} that says so, rather than a result
 * whose other columns are silently missing.
 */
final class GeneratedKeysInsert {
    private GeneratedKeysInsert() {
    }

    /** Whether this insert asks for rows the dialect can only give through generated keys. */
    static boolean applies(Object statement, boolean dialectHasInsertReturning) {
        return !dialectHasInsertReturning && statement instanceof Insert insert && !insert.returning().isEmpty();
    }

    /** The column names to ask the driver for; fails unless RETURNING names just the generated key. */
    static String[] keyColumns(Insert insert, String dialectName) {
        List<ColumnElement<?>> returning = insert.returning();
        Column<?> key = insert.table() instanceof Table table ? table.autoincrementColumn().orElse(null) : null;
        if (key == null || returning.size() != 1 || returning.get(0) != key) {
            throw new CompileError("Dialect " + dialectName + " has no INSERT … RETURNING; it can only return the"
                    + " table's generated key through JDBC getGeneratedKeys(), but RETURNING named " + returning
                    + (key == null ? " and table '" + insert.table().name() + "' has no autoincrement column"
                    : "; return only " + key.name() + " and select the other columns afterwards"));
        }
        return new String[] {key.name()};
    }
}
