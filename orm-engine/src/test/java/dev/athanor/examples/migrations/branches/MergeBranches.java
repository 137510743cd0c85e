package dev.athanor.examples.migrations.branches;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;

/** What {@code athanor db merge -m "merge branches" heads} writes: a revision with both heads as parents. */
@Revision(id = "b1c000000001", downRevision = {"b1a000000001", "b1b000000001"}, message = "merge branches")
public final class MergeBranches implements Migration {
    @Override
    public void upgrade(Operations op) {
    }

    @Override
    public void downgrade(Operations op) {
    }
}
