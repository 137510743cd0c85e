package dev.athanor.actuate.migration.revisions;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.Column;
import dev.athanor.types.Types;

/** Test revision: the other branch. */
@Revision(id = "5e1f00000003", downRevision = "5e1f00000001", message = "add shelf.position")
public final class AddShelfPosition implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("shelf", Column.of("position", Types.INTEGER));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("shelf", "position");
    }
}
