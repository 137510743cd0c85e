package dev.athanor.examples.migrations.branches;

import static dev.athanor.types.Types.INTEGER;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.Column;

/** A branch from base, labelled {@code branchb}. */
@Revision(id = "b1b000000001", branchLabels = "branchb", message = "branch b")
public final class BranchB implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("branch_b", Column.of("id", INTEGER).primaryKey());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("branch_b");
    }
}
