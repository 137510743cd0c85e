package dev.athanor.migrate.failing;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;

/** Test revision that succeeds. */
@Revision(id = "f00000000001", message = "create first table")
public final class FirstTable implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.context().execute("CREATE TABLE mig_first (id INTEGER PRIMARY KEY)");
    }

    @Override
    public void downgrade(Operations op) {
        op.context().execute("DROP TABLE mig_first");
    }
}
