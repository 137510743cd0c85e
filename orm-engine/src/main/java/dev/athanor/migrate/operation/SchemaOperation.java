package dev.athanor.migrate.operation;

import dev.athanor.schema.ddl.DdlElement;
import java.util.List;

/** An operation that changes the schema: it becomes DDL elements, which each dialect renders. */
public interface SchemaOperation extends MigrateOperation {

    /** The DDL elements that carry this operation out, in order; built afresh on every call. */
    List<DdlElement> toDdl();
}
