package dev.athanor.autoconfigure.migrate.failing;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.Column;
import dev.athanor.types.Types;

/** Test revision that succeeds. */
@Revision(id = "b2b2b2b2b201", message = "create ledger")
public final class CreateLedger implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("ledger", Column.of("id", Types.INTEGER).primaryKey());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("ledger");
    }
}
