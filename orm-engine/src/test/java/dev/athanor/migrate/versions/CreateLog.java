package dev.athanor.migrate.versions;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;

/** Test revision: create log and record the run. */
@Revision(id = "dddd00000001", downRevision = {"eeee00000001"}, branchLabels = {}, dependsOn = {}, message = "create log and record the run")
public final class CreateLog implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.context().execute("CREATE TABLE mig_log (id INTEGER PRIMARY KEY)");
        op.context().execute("INSERT INTO mig_log (id) VALUES (1)");
    }

    @Override
    public void downgrade(Operations op) {
        op.context().execute("DROP TABLE mig_log");
    }
}
