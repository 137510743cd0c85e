package dev.athanor.readme.migrations;

import static dev.athanor.types.Types.INTEGER;
import static dev.athanor.types.Types.DATETIME;
import static dev.athanor.types.Types.string;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.Column;

/** README's first revision, as printed there. */
@Revision(id = "1a2b3c4d5e6f", message = "create users table")
public final class CreateUsersTable implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("users",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("username", string(50)).notNull().unique(),
                Column.of("created_at", DATETIME).serverDefault("CURRENT_TIMESTAMP"));
        op.createIndex("ix_users_created_at", "users", "created_at");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_users_created_at", "users");
        op.dropTable("users");
    }
}
