package dev.athanor.migrate.concurrently;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;

/** Test revision: PostgreSQL's CREATE INDEX CONCURRENTLY, which refuses to run inside a transaction. */
@Revision(id = "c0c000000002", downRevision = "c0c000000001", message = "index concurrently")
public final class IndexConcurrently implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.context().autocommitBlock(() ->
                op.context().execute("CREATE INDEX CONCURRENTLY ix_mig_parent_name ON mig_parent (name)"));
    }

    @Override
    public void downgrade(Operations op) {
        op.context().autocommitBlock(() -> op.context().execute("DROP INDEX CONCURRENTLY ix_mig_parent_name"));
    }
}
