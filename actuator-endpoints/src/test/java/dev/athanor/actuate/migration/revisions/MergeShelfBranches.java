package dev.athanor.actuate.migration.revisions;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;

/** Test revision: merges the two branches, changing nothing. */
@Revision(id = "5e1f00000004", downRevision = {"5e1f00000002", "5e1f00000003"}, message = "merge shelf branches")
public final class MergeShelfBranches implements Migration {
    @Override
    public void upgrade(Operations op) {
    }

    @Override
    public void downgrade(Operations op) {
    }
}
