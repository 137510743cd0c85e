package dev.athanor.actuate.migration.revisions;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.Column;
import dev.athanor.types.Types;

/** Test revision: the root. */
@Revision(id = "5e1f00000001", message = "create shelf")
public final class CreateShelf implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("shelf", Column.of("id", Types.INTEGER).primaryKey(), Column.of("name", Types.string(40)).notNull());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("shelf");
    }
}
