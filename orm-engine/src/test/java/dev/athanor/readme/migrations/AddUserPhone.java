package dev.athanor.readme.migrations;

import static dev.athanor.types.Types.string;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.Column;

/** README's second revision, as printed there. */
@Revision(id = "2b3c4d5e6f7a", downRevision = "1a2b3c4d5e6f", message = "add users.phone")
public final class AddUserPhone implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("users", Column.of("phone", string(20)));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("users", "phone");
    }
}
