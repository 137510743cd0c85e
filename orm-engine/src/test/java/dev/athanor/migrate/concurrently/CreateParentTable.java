package dev.athanor.migrate.concurrently;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;

/** Test revision: a table to index. */
@Revision(id = "c0c000000001", message = "create parent")
public final class CreateParentTable implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.context().execute("CREATE TABLE mig_parent (id INTEGER PRIMARY KEY, name VARCHAR(20))");
    }

    @Override
    public void downgrade(Operations op) {
        op.context().execute("DROP TABLE mig_parent");
    }
}
