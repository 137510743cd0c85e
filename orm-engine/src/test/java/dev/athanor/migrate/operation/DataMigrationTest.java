package dev.athanor.migrate.operation;

import static dev.athanor.sql.Sql.column;
import static dev.athanor.sql.Sql.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.dialect.postgresql.PostgresDialect;
import dev.athanor.engine.Connection;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.migrate.runtime.OnlineMigrationContext;
import dev.athanor.schema.Column;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.Sql;
import dev.athanor.sql.TableClause;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import dev.athanor.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Data migrations: {@code execute} of text and Core statements over {@code Sql.table} stand-ins, {@code bulkInsert}, {@code getBind}. */
class DataMigrationTest {
    private static final TableClause ACCOUNTS = table("mops_data", column("id", Types.INTEGER),
            column("email", Types.string(100)), column("active", Types.INTEGER));

    private static Map<String, Object> account(int id, String email, int active) {
        Map<String, Object> row = new TreeMap<>();
        row.put("id", id);
        row.put("email", email);
        row.put("active", active);
        return row;
    }

    @DatabaseTest
    void executeAndBulkInsertChangeRowsInTheMigrationsTransaction(TestDb db) {
        db.dropTables("mops_data");
        try (Connection c = db.engine().connect()) {
            Operations op = new Operations(new OnlineMigrationContext(c));
            op.createTable("mops_data", Column.of("id", Types.INTEGER).primaryKey(),
                    Column.of("email", Types.string(100)).notNull(), Column.of("active", Types.INTEGER));
            op.bulkInsert(ACCOUNTS, List.of(account(1, "Ann@Example.com", 1), account(2, "BOB@example.com", 0),
                    account(3, "o'hara@example.com", 1)));
            op.execute(Sql.update(ACCOUNTS).values(Map.of("email", Sql.func.lower(ACCOUNTS.c("email")))));
            op.execute(Sql.delete(ACCOUNTS).where(ACCOUNTS.c("active", Integer.class).eq(0)));
            op.execute("UPDATE mops_data SET active = 2 WHERE id = 3");
            c.commit();

            List<List<Object>> rows = new ArrayList<>();
            op.getBind().execute(Sql.text("SELECT id, email, active FROM mops_data ORDER BY id"))
                    .forEach(r -> rows.add(List.of(((Number) r.get(0)).intValue(), r.get(1), ((Number) r.get(2)).intValue())));
            assertThat(rows).containsExactly(List.of(1, "ann@example.com", 1), List.of(3, "o'hara@example.com", 2));
            assertThat(op.getBind()).isSameAs(c);
        }
    }

    @Test
    void getBindOfflineFailsAndExecuteWritesValuesAsLiterals() {
        RecordingContext context = new RecordingContext(new PostgresDialect());
        Operations op = new Operations(context);
        assertThatThrownBy(op::getBind).isInstanceOf(InvalidRequestError.class);
        op.execute(Sql.update(ACCOUNTS).values(Map.of("active", 0)).where(ACCOUNTS.c("id", Integer.class).eq(7)));
        assertThat(context.statements()).containsExactly("UPDATE mops_data SET active = 0 WHERE mops_data.id = 7");
    }

    @Test
    void statementsMayNameTheColumnsATableWasMadeFrom() {
        ColumnClause<Integer> id = column("id", Types.INTEGER);
        ColumnClause<Integer> active = column("active", Types.INTEGER);
        TableClause accounts = table("mops_data", id, active);
        RecordingContext context = new RecordingContext(new PostgresDialect());

        new Operations(context).execute(Sql.update(accounts).values(active, 0).where(id.eq(7)));

        assertThat(context.statements()).containsExactly("UPDATE mops_data SET active = 0 WHERE id = 7");
    }
}
