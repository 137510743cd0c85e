package dev.athanor.autoconfigure.migrate.partial;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.Column;
import dev.athanor.types.Types;

/** Test revision: the note table, forgetting its title column. */
@Revision(id = "c3c3c3c3c301", message = "create note without title")
public final class CreateNoteWithoutTitle implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("note", Column.of("id", Types.BIG_INTEGER).primaryKey());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("note");
    }
}
