package dev.athanor.migrate.failing;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.Column;
import dev.athanor.types.Types;

/** Test revision whose third statement fails. */
@Revision(id = "f00000000002", downRevision = "f00000000001", message = "fails at its third statement")
public final class FailsAtThirdStatement implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("mig_second", Column.of("id", Types.INTEGER).primaryKey());
        op.execute("INSERT INTO mig_first (id) VALUES (1)");
        op.execute("INSERT INTO mig_no_such_table (id) VALUES (1)");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("mig_second");
    }
}
