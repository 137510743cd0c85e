package dev.athanor.bench.orm;

import dev.athanor.orm.ColumnAttribute;
import dev.athanor.orm.EntityTable;
import dev.athanor.orm.RelationshipAttribute;

/**
 * The metamodel of {@link OrmParent}, written out in the form the metamodel processor generates
 * (found by name as {@code OrmParent_}, so it must declare {@code TABLE} this way): the bench build
 * runs only JMH's annotation processor.
 */
public final class OrmParent_ {
    /** The table of {@link OrmParent}. */
    public static final EntityTable<OrmParent> TABLE = EntityTable.of(OrmParent.class, "bench_parent", "");
    /** Column {@code id}. */
    public static final ColumnAttribute<OrmParent, Long> id = TABLE.attribute("id", "id");
    /** Relationship {@link OrmParent#getChildren()}. */
    public static final RelationshipAttribute<OrmParent, OrmChild> children =
            TABLE.relationship("children", OrmChild.class);

    private OrmParent_() {
    }
}
