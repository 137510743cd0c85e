package dev.athanor.orm;

import dev.athanor.sql.compiler.CompileCache;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.exc.MappingError;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.annotation.PolymorphicIdentity;
import dev.athanor.orm.internal.ClassScanner;
import dev.athanor.orm.internal.Instrumented;
import dev.athanor.orm.internal.MappedHierarchy;
import dev.athanor.schema.Column;
import dev.athanor.schema.ForeignKey;
import dev.athanor.schema.MetaData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mapped classes of an application and the {@link MetaData} holding their tables, like
 * SQLAlchemy's {@code registry} / {@code DeclarativeBase}. Every mapping mistake surfaces here,
 * when the registry is built, as a {@link MappingError} naming the class and field.
 *
 * <pre>{@code
 * Registry registry = Registry.scan("com.example.model");
 * registry.metadata().createAll(engine);
 * }</pre>
 *
 * <p>A registry is an ordinary object: an application may build several (one per database), and
 * nothing refers to one globally.
 */
public final class Registry {
    private final MetaData metadata;
    private final Map<Class<?>, Mapper<?>> mappers;
    /** Whether any class maps a relationship: without one, a flush has no cascades or links to work out. */
    private final boolean relationships;
    /** Whether any class is part of an inheritance hierarchy: without one, selects need no polymorphic rewrite. */
    private final boolean hierarchies;
    private volatile Map<dev.athanor.schema.Table, Integer> tableRank;
    /**
     * Selects without loader options, prepared for loading, by cache key (see {@code OrmQuery}):
     * a registry is immutable once built, so what a select's shape depends on never changes.
     */
    private final CompileCache<OrmQuery.Prepared> preparedQueries = new CompileCache<>(PREPARED_QUERIES);
    private static final int PREPARED_QUERIES = 500;

    private Registry(MetaData metadata, Map<Class<?>, Mapper<?>> mappers) {
        this.metadata = metadata;
        this.mappers = mappers;
        this.relationships = mappers.values().stream().anyMatch(mapper -> !mapper.relationships().isEmpty());
        this.hierarchies = mappers.values().stream().anyMatch(mapper -> mapper.hierarchy() != null);
    }

    /**
     * Each table's place in the metadata's dependency order (parents first), computed on first use:
     * a flush orders its mappers by it, and sorting the tables again on every flush showed in
     * profiles of one-row transactions. Tables added to the metadata later are never mapped, so
     * they cannot change the order of the mapped ones.
     */
    Map<dev.athanor.schema.Table, Integer> tableRank() {
        Map<dev.athanor.schema.Table, Integer> rank = tableRank;
        if (rank == null) {
            Map<dev.athanor.schema.Table, Integer> computed = new java.util.HashMap<>();
            List<dev.athanor.schema.Table> sorted = metadata.sortedTables();
            for (int i = 0; i < sorted.size(); i++) {
                computed.put(sorted.get(i), i);
            }
            rank = Map.copyOf(computed);
            tableRank = rank; // a pure function of the mapped tables: a race computes it twice, harmlessly
        }
        return rank;
    }

    CompileCache<OrmQuery.Prepared> preparedQueries() {
        return preparedQueries;
    }

    /** Whether any mapped class belongs to an inheritance hierarchy. */
    boolean hasHierarchies() {
        return hierarchies;
    }

    /** Whether any mapped class has a relationship. */
    boolean hasRelationships() {
        return relationships;
    }

    /** Maps the given classes into a new MetaData. */
    public static Registry of(Class<?>... classes) {
        return of(new MetaData(), List.of(classes));
    }

    /** Maps the given classes into an existing MetaData (which may hold Core tables they reference). */
    public static Registry of(MetaData metadata, Collection<Class<?>> classes) {
        Map<String, Class<?>> tables = new LinkedHashMap<>();
        List<MapperBuilder<?>> builders = new ArrayList<>();
        for (Class<?> entityClass : classes) {
            MapperBuilder<?> builder = new MapperBuilder<>(entityClass);
            Class<?> other = tables.putIfAbsent(builder.tableKey(), entityClass);
            boolean singleTableSubclass = other != null && MappedHierarchy.related(other, entityClass);
            if (singleTableSubclass && builders.stream().noneMatch(b -> b.entityClass() == entityClass)) {
                builders.add(builder);
                continue;
            }
            if (other != null && other != entityClass && !singleTableSubclass) {
                throw new MappingError("Classes " + other.getName() + " and " + entityClass.getName()
                        + " both map to table '" + builder.tableKey() + "' without inheritance; give one of them"
                        + " another @Table name");
            }
            if (other == null) {
                builders.add(builder);
            }
        }
        Map<Class<?>, Mapper<?>> mappers = InheritanceMapping.build(builders, metadata);
        mappers.values().forEach(mapper -> checkForeignKeys(mapper, metadata));
        // relationships may point at classes mapped later in the list: resolve once every table exists
        new RelationshipResolver(metadata, mappers).resolveAll();
        mappers.values().forEach(RelationshipAttribute::bindMetamodel);
        mappers.values().forEach(EntityInstrumentation::instrument);
        return new Registry(metadata, Map.copyOf(mappers));
    }

    /**
     * Maps every {@code @Table} class in the packages (and their subpackages), found on the
     * thread's context class loader.
     */
    public static Registry scan(String... packages) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<Class<?>> classes = new ArrayList<>();
        for (String packageName : packages) {
            for (String name : ClassScanner.classNames(loader, packageName)) {
                Class<?> candidate = load(loader, name);
                if (candidate.isAnnotationPresent(Table.class) || candidate.isAnnotationPresent(PolymorphicIdentity.class)) {
                    classes.add(candidate);
                }
            }
        }
        if (classes.isEmpty()) {
            throw new MappingError("No @Table classes found in packages " + List.of(packages)
                    + "; check the package names");
        }
        return of(new MetaData(), classes);
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new MappingError("Cannot load class " + name + " while scanning: " + e, e);
        }
    }

    private static void checkForeignKeys(Mapper<?> mapper, MetaData metadata) {
        for (ColumnProperty property : mapper.columns()) {
            Column<?> column = property.column();
            for (ForeignKey foreignKey : column.foreignKeys()) {
                String table = foreignKey.referredSchema() == null ? foreignKey.referredTable()
                        : foreignKey.referredSchema() + "." + foreignKey.referredTable();
                boolean tableKnown = metadata.tables().stream().anyMatch(t -> t.key().equals(table));
                if (!tableKnown) {
                    throw new MappingError("Field " + mapper.entityClass().getName() + "." + property.name()
                            + " has @ForeignKey(\"" + foreignKey.target() + "\") but no mapped class or table is named '"
                            + table + "'; the registry knows " + metadata.tables().stream().map(t -> t.key()).toList());
                }
                if (metadata.table(table).columns().stream().noneMatch(c -> c.name().equals(foreignKey.referredColumn()))) {
                    throw new MappingError("Field " + mapper.entityClass().getName() + "." + property.name()
                            + " has @ForeignKey(\"" + foreignKey.target() + "\") but table '" + table
                            + "' has no column '" + foreignKey.referredColumn() + "'");
                }
            }
        }
    }

    /** The MetaData with every mapped table, for {@code createAll} and migrations. */
    public MetaData metadata() {
        return metadata;
    }

    /**
     * The mapper of a class.
     *
     * @throws InvalidRequestError when the class is not mapped by this registry
     */
    @SuppressWarnings("unchecked")
    public <T> Mapper<T> mapper(Class<T> entityClass) {
        Mapper<?> mapper = lookup(entityClass);
        if (mapper == null) {
            throw new InvalidRequestError("Class " + entityClass.getName() + " is not mapped by this registry;"
                    + " annotate it with @Table and add it to Registry.of(…) or a scanned package");
        }
        return (Mapper<T>) mapper;
    }

    /** Whether a class is mapped by this registry (a generated subclass of a loaded object counts as its class). */
    public boolean isMapped(Class<?> entityClass) {
        return lookup(entityClass) != null;
    }

    /** The mapper of a class, or of the mapped class a generated (instrumented) subclass extends. */
    private Mapper<?> lookup(Class<?> entityClass) {
        Mapper<?> mapper = mappers.get(entityClass);
        if (mapper == null && Instrumented.class.isAssignableFrom(entityClass)) {
            mapper = mappers.get(entityClass.getSuperclass());
        }
        return mapper;
    }

    /** Every mapper, in registration order. */
    public Collection<Mapper<?>> mappers() {
        return mappers.values();
    }

    @Override
    public String toString() {
        return "Registry" + mappers.keySet().stream().map(Class::getSimpleName).toList();
    }
}
