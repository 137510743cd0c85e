package dev.athanor.migrate.versions;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;

/** Test revision: create c, which needs the feature branch. */
@Revision(id = "cccc00000001", downRevision = {"aaaa00000002"}, branchLabels = {}, dependsOn = {"feature"}, message = "create c, which needs the feature branch")
public final class CreateC implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.context().execute("CREATE TABLE mig_c (id INTEGER PRIMARY KEY)");
    }

    @Override
    public void downgrade(Operations op) {
        op.context().execute("DROP TABLE mig_c");
    }
}
