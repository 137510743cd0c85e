package dev.athanor.autoconfigure.migrate.revisions;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.Column;
import dev.athanor.types.Types;

/** Test revision: an unmapped table with an index, applied after the note table. */
@Revision(id = "a1a1a1a1a102", downRevision = "a1a1a1a1a101", message = "create note_label")
public final class CreateNoteLabel implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("note_label", Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("note_id", Types.BIG_INTEGER).notNull(), Column.of("label", Types.string(30)).notNull());
        op.createIndex("ix_note_label_note_id", "note_label", "note_id");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_note_label_note_id", "note_label");
        op.dropTable("note_label");
    }
}
