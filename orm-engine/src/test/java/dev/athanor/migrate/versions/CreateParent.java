package dev.athanor.migrate.versions;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;

/** Test revision: create parent. */
@Revision(id = "aaaa00000001", downRevision = {}, branchLabels = {}, dependsOn = {}, message = "create parent")
public final class CreateParent implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.context().execute("CREATE TABLE mig_parent (id INTEGER PRIMARY KEY)");
    }

    @Override
    public void downgrade(Operations op) {
        op.context().execute("DROP TABLE mig_parent");
    }
}
