package dev.athanor.migrate.versions;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;

/** Test revision: merge b and c. */
@Revision(id = "eeee00000001", downRevision = {"bbbb00000001", "cccc00000001"}, branchLabels = {}, dependsOn = {}, message = "merge b and c")
public final class MergeBAndC implements Migration {
    @Override
    public void upgrade(Operations op) {

    }

    @Override
    public void downgrade(Operations op) {

    }
}
