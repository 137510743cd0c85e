package dev.athanor.autoconfigure.migrate.failing;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;

/** Test revision whose second statement names a table no revision created. */
@Revision(id = "b2b2b2b2b202", downRevision = "b2b2b2b2b201", message = "fill a missing table")
public final class FillMissingTable implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.execute("INSERT INTO ledger (id) VALUES (1)");
        op.execute("INSERT INTO no_such_ledger (id) VALUES (1)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DELETE FROM ledger");
    }
}
