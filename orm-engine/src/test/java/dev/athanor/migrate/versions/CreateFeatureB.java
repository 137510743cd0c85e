package dev.athanor.migrate.versions;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;

/** Test revision: create b on the feature branch. */
@Revision(id = "bbbb00000001", downRevision = {"aaaa00000002"}, branchLabels = {"feature"}, dependsOn = {}, message = "create b on the feature branch")
public final class CreateFeatureB implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.context().execute("CREATE TABLE mig_b (id INTEGER PRIMARY KEY)");
    }

    @Override
    public void downgrade(Operations op) {
        op.context().execute("DROP TABLE mig_b");
    }
}
