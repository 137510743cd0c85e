package dev.athanor.examples.migrations.versions;

import static dev.athanor.types.Types.DATETIME;
import static dev.athanor.types.Types.INTEGER;
import static dev.athanor.types.Types.string;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.Column;

// tag::migration-file[]
/** The guides' first revision file, {@code abc123_add_user_table.py}. */
@Revision(id = "abc123", message = "Add user table")
public final class AddUserTable implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("users",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("username", string(50)).notNull().unique(),
                Column.of("email", string(255)).notNull().unique(),
                Column.of("created_at", DATETIME).serverDefault("CURRENT_TIMESTAMP"));
        op.createIndex("ix_users_username", "users", "username");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_users_username", "users");
        op.dropTable("users");
    }
}
// end::migration-file[]
