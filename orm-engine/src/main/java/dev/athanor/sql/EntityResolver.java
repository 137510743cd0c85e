package dev.athanor.sql;

import dev.athanor.exc.ArgumentError;
import java.util.ServiceLoader;

/**
 * How Core finds the table of a mapped class for {@code select(User.class)} and
 * {@code attr(User.class, "username")} without depending on the layer that maps classes: that
 * layer (the ORM) extends this class and lists it in
 * {@code META-INF/services/dev.athanor.sql.EntityResolver}, as SQLAlchemy's ORM plugs into Core
 * through a hook rather than Core importing it.
 *
 * <p>Resolvers are found with {@link ServiceLoader} through the class loader of the class being
 * resolved (so an application's own loader sees its own resolver), and the answer is kept per
 * class: it is a pure function of the class and the class path, not state anyone configures.
 */
public abstract class EntityResolver {
    private static final ClassValue<Resolved> RESOLVED = new ClassValue<>() {
        @Override
        protected Resolved computeValue(Class<?> type) {
            return Resolved.resolve(type);
        }
    };

    /** For subclasses, which {@link ServiceLoader} instantiates. */
    protected EntityResolver() {
    }

    /** The table that maps {@code entityClass}, or {@code null} when this resolver does not map it. */
    public abstract TableClause tableOf(Class<?> entityClass);

    /**
     * The column of {@code entityClass} mapped from the field {@code attribute}; fails naming the
     * class and its attributes when there is no such field.
     */
    public abstract ColumnClause<?> attributeOf(Class<?> entityClass, String attribute);

    /**
     * Another name for the table of {@code entityClass} within one statement, for self-joins; a
     * resolver answers with an alias whose columns it still recognizes as the class's attributes.
     */
    public TableClause aliasOf(Class<?> entityClass, String name) {
        return tableOf(entityClass).alias(name);
    }

    /** An alias of a mapped class's table, through the resolver that maps the class. */
    public static TableClause alias(Class<?> entityClass, String name) {
        Resolved resolved = RESOLVED.get(entityClass);
        resolved.table(); // fails first when the class is not mapped at all
        return resolved.resolver().aliasOf(entityClass, name);
    }

    /** The table of a mapped class, through the first resolver on the class path that maps it. */
    public static TableClause table(Class<?> entityClass) {
        return RESOLVED.get(entityClass).table();
    }

    /** The column of a mapped class's field, through the resolver that maps the class. */
    public static ColumnClause<?> attribute(Class<?> entityClass, String attribute) {
        Resolved resolved = RESOLVED.get(entityClass);
        resolved.table(); // fails first when the class is not mapped at all
        return resolved.resolver().attributeOf(entityClass, attribute);
    }

    /** The resolver that maps a class and its table, or why there is none. */
    private record Resolved(EntityResolver resolver, TableClause found, String problem) {
        TableClause table() {
            if (found == null) {
                throw new ArgumentError(problem);
            }
            return found;
        }

        private static Resolved resolve(Class<?> type) {
            ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader()
                    : EntityResolver.class.getClassLoader();
            boolean any = false;
            for (EntityResolver resolver : ServiceLoader.load(EntityResolver.class, loader)) {
                any = true;
                TableClause table = resolver.tableOf(type);
                if (table != null) {
                    return new Resolved(resolver, table, null);
                }
            }
            return new Resolved(null, null, any
                    ? "Class " + type.getName() + " is not mapped; annotate it with @Table (dev.athanor.orm.annotation)"
                            + " or select a Table instead of a class"
                    : "Class " + type.getName() + " cannot be selected: no EntityResolver is on the class path; add"
                            + " the ORM (dev.athanor.orm) or select a Table instead of a class");
        }
    }
}
