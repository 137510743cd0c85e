package dev.athanor.orm.internal;

import dev.athanor.orm.EntityTable;
import dev.athanor.orm.annotation.Table;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.EntityResolver;
import dev.athanor.sql.TableClause;

/**
 * The ORM's answer to Core's {@code select(User.class)}: the class's one {@link EntityTable}
 * (the generated {@code User_.TABLE} when it exists), so statements built either way name the same
 * table instance. Listed in {@code META-INF/services/dev.athanor.sql.EntityResolver}.
 */
public final class MappedClassResolver extends EntityResolver {
    /** Instantiated by {@link java.util.ServiceLoader}. */
    public MappedClassResolver() {
    }

    @Override
    public TableClause tableOf(Class<?> entityClass) {
        boolean mapped = entityClass.isAnnotationPresent(Table.class)
                || MappedHierarchy.isMapped(entityClass) && MappedHierarchy.tableClass(entityClass) != null;
        return mapped ? EntityTable.of(entityClass) : null;
    }

    @Override
    public TableClause aliasOf(Class<?> entityClass, String name) {
        return EntityTable.of(entityClass).aliased(name);
    }

    @Override
    public ColumnClause<?> attributeOf(Class<?> entityClass, String attribute) {
        return EntityTable.of(entityClass).attribute(attribute);
    }
}
