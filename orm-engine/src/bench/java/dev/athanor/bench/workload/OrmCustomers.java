package dev.athanor.bench.workload;

import static dev.athanor.sql.Sql.attr;
import static dev.athanor.sql.Sql.select;

import dev.athanor.bench.orm.OrmCustomer;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Select;

/**
 * The ORM statements the Athanor ORM variants run against {@link OrmCustomer}, built from the
 * public API only ({@code select(Class)}, {@code attr(Class, name)}), so no generated metamodel is needed.
 */
public final class OrmCustomers {
    public static final ColumnElement<Long> ID = attr(OrmCustomer.class, "id");
    public static final ColumnElement<String> NAME = attr(OrmCustomer.class, "name");
    public static final ColumnElement<String> DESCRIPTION = attr(OrmCustomer.class, "description");
    /** Every customer as an entity. */
    public static final Select ALL = select(OrmCustomer.class);
    /** Every customer as three plain columns, no entity. */
    public static final Select COLUMNS = select(ID, NAME, DESCRIPTION);

    private OrmCustomers() {
    }

    /** The entity with this id, built anew per call as application code writes it. */
    public static Select byId(long id) {
        return select(OrmCustomer.class).where(ID.eq(id));
    }

    /** The columns of the row with this id, built anew per call. */
    public static Select columnsById(long id) {
        return select(ID, NAME, DESCRIPTION).where(ID.eq(id));
    }

    /** The entities whose ids lie in {@code [low, high]}, in id order. */
    public static Select chunk(long low, long high) {
        return select(OrmCustomer.class).where(ID.between(low, high)).orderBy(ID);
    }
}
