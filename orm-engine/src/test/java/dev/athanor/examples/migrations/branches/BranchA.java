package dev.athanor.examples.migrations.branches;

import static dev.athanor.types.Types.INTEGER;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.Column;

/** A branch from base, labelled {@code brancha}. */
@Revision(id = "b1a000000001", branchLabels = "brancha", message = "branch a")
public final class BranchA implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("branch_a", Column.of("id", INTEGER).primaryKey());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("branch_a");
    }
}
