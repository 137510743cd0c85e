package dev.athanor.examples.migrations.versions;

import static dev.athanor.sql.Sql.column;
import static dev.athanor.sql.Sql.table;
import static dev.athanor.sql.Sql.update;
import static dev.athanor.types.Types.BOOLEAN;
import static dev.athanor.types.Types.INTEGER;
import static dev.athanor.types.Types.string;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.TableClause;
import java.util.List;
import java.util.Map;

/** The long guide's data migration: rows changed and added through a {@code table()} stand-in, then raw SQL. */
@Revision(id = "0f1e2d3c4b5a", downRevision = "def456", message = "Data migration")
public final class DataMigration implements Migration {
    @Override
    public void upgrade(Operations op) {
        // tag::data-migration[]
        ColumnClause<Boolean> isActive = column("is_active", BOOLEAN);
        TableClause users = table("users",
                column("id", INTEGER),
                column("username", string(100)),
                column("email", string(255)),
                isActive);

        op.execute(update(users).where(isActive.isNull()).values(isActive, true));

        op.bulkInsert(users, List.of(
                Map.of("username", "admin", "email", "ADMIN@example.com", "is_active", true),
                Map.of("username", "guest", "email", "Guest@example.com", "is_active", false)));

        op.execute("""
                UPDATE users
                SET email = LOWER(email)
                WHERE email IS NOT NULL
                """);
        // end::data-migration[]
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DELETE FROM users WHERE username IN ('admin', 'guest')");
    }
}
