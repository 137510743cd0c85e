package dev.athanor.bench.workload;

import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import dev.athanor.types.Types;

/**
 * The {@code bench_parent} and {@code bench_child} tables of workload 6 declared with Athanor
 * Core, for the Core variant; the harness creates them with its own DDL.
 */
final class CoreFamily {
    private static final MetaData METADATA = new MetaData();
    static final Column<Long> PARENT_ID = Column.of("id", Types.BIG_INTEGER).primaryKey();
    static final Column<String> PARENT_NAME = Column.of("name", Types.string(255));
    static final Table PARENT = METADATA.table("bench_parent", PARENT_ID, PARENT_NAME);
    static final Column<Long> CHILD_ID = Column.of("id", Types.BIG_INTEGER).primaryKey();
    static final Column<Long> CHILD_PARENT = Column.of("parent_id", Types.BIG_INTEGER);
    static final Column<String> CHILD_NAME = Column.of("name", Types.string(255));
    static final Table CHILD = METADATA.table("bench_child", CHILD_ID, CHILD_PARENT, CHILD_NAME);

    private CoreFamily() {
    }
}
