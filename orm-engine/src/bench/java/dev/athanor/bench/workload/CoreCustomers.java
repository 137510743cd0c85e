package dev.athanor.bench.workload;

import static dev.athanor.sql.Sql.bindparam;
import static dev.athanor.sql.Sql.insert;
import static dev.athanor.sql.Sql.select;

import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import dev.athanor.sql.Insert;
import dev.athanor.sql.Select;
import dev.athanor.types.Types;

/**
 * The {@code bench_customer} table declared with Athanor Core, and the statements the Core
 * variants run. The harness still creates the table with its own DDL so that every variant sees
 * the same definition.
 */
public final class CoreCustomers {
    public static final Column<Long> ID = Column.of("id", Types.BIG_INTEGER).primaryKey();
    public static final Table TABLE = new MetaData().table(Customers.TABLE, ID,
            Column.of("name", Types.string(255)), Column.of("description", Types.string(255)));
    public static final Insert INSERT = insert(TABLE);
    public static final Insert INSERT_RETURNING_ID = insert(TABLE).returning(ID);
    /** Built once with a named parameter: the "reused statement" of workload 4. */
    public static final Select BY_ID = select(TABLE).where(ID.eq(bindparam("id", Types.BIG_INTEGER)));
    public static final Select ALL = select(TABLE);

    private CoreCustomers() {
    }

    /** Built anew with the value inside, as most application code writes it. */
    public static Select byId(long id) {
        return select(TABLE).where(ID.eq(id));
    }
}
