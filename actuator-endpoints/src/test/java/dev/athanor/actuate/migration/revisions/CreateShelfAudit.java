package dev.athanor.actuate.migration.revisions;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.Column;
import dev.athanor.types.Types;

/** Test revision: a branch of its own, labelled audit. */
@Revision(id = "5e1f00000002", downRevision = "5e1f00000001", branchLabels = "audit", message = "create shelf_audit")
public final class CreateShelfAudit implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("shelf_audit", Column.of("id", Types.INTEGER).primaryKey(), Column.of("shelf_id", Types.INTEGER));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("shelf_audit");
    }
}
