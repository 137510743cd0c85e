package dev.athanor.autoconfigure.migrate.revisions;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.Column;
import dev.athanor.types.Types;

/** Test revision: the table of the fixture's {@code Note}. */
@Revision(id = "a1a1a1a1a101", message = "create note")
public final class CreateNote implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("note", Column.of("id", Types.BIG_INTEGER).primaryKey(),
                Column.of("title", Types.string(100)).notNull());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("note");
    }
}
