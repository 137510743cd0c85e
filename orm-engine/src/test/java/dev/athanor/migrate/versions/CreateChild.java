package dev.athanor.migrate.versions;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;

/** Test revision: create child. */
@Revision(id = "aaaa00000002", downRevision = {"aaaa00000001"}, branchLabels = {}, dependsOn = {}, message = "create child")
public final class CreateChild implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.context().execute("CREATE TABLE mig_child (id INTEGER PRIMARY KEY, parent_id INTEGER)");
    }

    @Override
    public void downgrade(Operations op) {
        op.context().execute("DROP TABLE mig_child");
    }
}
