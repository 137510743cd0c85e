package dev.athanor.orm;

import dev.athanor.event.ListenerRegistry;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.schema.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How one class maps to one table, like SQLAlchemy's {@code Mapper}: its column properties, its
 * primary key and version counter, and how to create instances. Built by a {@link Registry} and
 * immutable afterwards, apart from its listener list.
 *
 * @param <T> the mapped class
 */
public final class Mapper<T> {
    private final Class<T> entityClass;
    private final Table table;
    private final List<ColumnProperty> properties;
    private final Map<String, ColumnProperty> byName = new LinkedHashMap<>();
    private final List<ColumnProperty> primaryKey;
    private final ColumnProperty version;
    private final boolean eagerDefaults;
    /** Whether the class was enhanced at build time (implements {@code Enhanced}). */
    private final boolean enhanced;
    private final Supplier<Object> constructor;
    private final ListenerRegistry<MapperListener<Object>> listeners = new ListenerRegistry<>();
    private final List<RelationshipProperty> relationships;
    /** Makes the instances the loader fills: the instrumented subclass's constructor once the registry is built. */
    private Supplier<Object> loadedConstructor;
    /** Set by the registry for a class of an {@code @Inheritance} hierarchy, else {@code null}. */
    private MapperHierarchy hierarchy;
    /**
     * {@code Session.get}'s {@code SELECT … WHERE pk = :pk_…}, built on first use (a benign race
     * builds an equal one); {@code Boolean.FALSE} where {@code get} must build its select per call.
     */
    Object keySelect;
    /** {@link #keySelect} prepared for loading (see {@code OrmQuery.scalarsByKey}); replaced if the select is. */
    OrmQuery.Prepared keyQuery;
    /** The flush's UPDATE statements by versioned flag and set of columns ({@code Persistence}), shared by sessions. */
    final Map<List<Object>, dev.athanor.sql.Executable> updateStatements = new java.util.concurrent.ConcurrentHashMap<>();

    Mapper(Class<T> entityClass, Table table, List<ColumnProperty> properties, Supplier<Object> constructor) {
        this(entityClass, table, properties, constructor, List.of());
    }

    Mapper(Class<T> entityClass, Table table, List<ColumnProperty> properties, Supplier<Object> constructor,
           List<java.lang.reflect.Field> relationshipFields) {
        List<RelationshipProperty> declared = new java.util.ArrayList<>();
        for (java.lang.reflect.Field field : relationshipFields) {
            declared.add(new RelationshipProperty(this, field, declared.size()));
        }
        this.relationships = List.copyOf(declared);
        this.loadedConstructor = constructor;
        this.entityClass = entityClass;
        this.table = table;
        this.properties = List.copyOf(properties);
        this.constructor = constructor;
        properties.forEach(p -> byName.put(p.name(), p));
        this.primaryKey = properties.stream().filter(ColumnProperty::isPrimaryKey).toList();
        this.version = properties.stream().filter(ColumnProperty::isVersion).findFirst().orElse(null);
        dev.athanor.orm.annotation.Table mapping = entityClass.getAnnotation(dev.athanor.orm.annotation.Table.class);
        this.eagerDefaults = mapping != null && mapping.eagerDefaults();
        this.enhanced = dev.athanor.orm.internal.Enhanced.class.isAssignableFrom(entityClass);
    }

    /** Whether the class was enhanced at build time, so its instances, loaded or made with {@code new}, report their writes. */
    boolean isEnhanced() {
        return enhanced;
    }

    /** The mapped class. */
    public Class<T> entityClass() {
        return entityClass;
    }

    /** The table the class is stored in. */
    public Table table() {
        return table;
    }

    /** The column properties in field order. */
    public List<ColumnProperty> columns() {
        return properties;
    }

    /** The primary-key properties, in field order. */
    public List<ColumnProperty> primaryKey() {
        return primaryKey;
    }

    /** The {@code @Version} property, if the class has one. */
    public Optional<ColumnProperty> versionProperty() {
        return Optional.ofNullable(version);
    }

    /**
     * The property of a field.
     *
     * @throws InvalidRequestError naming the class and listing its attributes
     */
    public ColumnProperty property(String attribute) {
        ColumnProperty property = byName.get(attribute);
        if (property == null) {
            throw new InvalidRequestError("Class " + entityClass.getName() + " has no mapped attribute '" + attribute
                    + "'; its attributes are " + byName.keySet());
        }
        return property;
    }

    /** The property a generated metamodel attribute stands for. */
    public ColumnProperty property(ColumnAttribute<?, ?> attribute) {
        if (attribute.entity() != entityClass) {
            throw new InvalidRequestError("Attribute " + attribute + " belongs to " + attribute.entity().getName()
                    + ", not to " + entityClass.getName());
        }
        return property(attribute.attribute());
    }

    /** The relationships in field order. */
    public List<RelationshipProperty> relationships() {
        return relationships;
    }

    /**
     * Whether a relationship loads eagerly by default ({@code SELECTIN}, {@code SUBQUERY}, {@code JOINED}):
     * only then, or when a query's options say so, does a loaded object need its strategies run after the query.
     */
    boolean loadsEagerlyByDefault() {
        Boolean eager = eagerRelationships;
        if (eager == null) {
            // relationships are resolved after construction: decided on first use
            eager = relationships.stream().map(RelationshipProperty::lazy)
                    .anyMatch(lazy -> lazy == Lazy.SELECTIN || lazy == Lazy.SUBQUERY || lazy == Lazy.JOINED);
            eagerRelationships = eager;
        }
        return eager;
    }

    /**
     * Whether objects of this class take their snapshot at the first write rather than at every load
     * and flush: enhanced classes (their writes report themselves) without mutable JSON columns
     * (whose in-place changes need a copy to compare with).
     */
    boolean snapshotsOnWrite() {
        Boolean onWrite = snapshotOnWrite;
        if (onWrite == null) {
            onWrite = enhanced
                    && properties.stream().noneMatch(ColumnProperty::isMutable);
            snapshotOnWrite = onWrite;
        }
        return onWrite;
    }

    /**
     * The index of the relationship named {@code attribute}, or -1 for a column or an unmapped
     * field: a scan of the few relationships, cheaper than the attribute-code map on the path every
     * enhanced field read takes.
     */
    int relationshipIndex(String attribute) {
        for (int i = 0, n = relationships.size(); i < n; i++) {
            if (relationships.get(i).name().equals(attribute)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The relationship of a field.
     *
     * @throws InvalidRequestError naming the class and listing its relationships
     */
    public RelationshipProperty relationship(String attribute) {
        for (RelationshipProperty relationship : relationships) {
            if (relationship.name().equals(attribute)) {
                return relationship;
            }
        }
        throw new InvalidRequestError("Class " + entityClass.getName() + " has no relationship '" + attribute
                + "'; its relationships are " + relationships.stream().map(RelationshipProperty::name).toList());
    }

    /** The relationship a generated metamodel attribute stands for. */
    public RelationshipProperty relationship(RelationshipAttribute<?, ?> attribute) {
        if (attribute.entity() != entityClass) {
            throw new InvalidRequestError("Attribute " + attribute + " belongs to " + attribute.entity().getName()
                    + ", not to " + entityClass.getName());
        }
        return relationship(attribute.attribute());
    }

    /**
     * Registers a listener for this mapper's rows; closing the registration removes it.
     */
    @SuppressWarnings("unchecked") // the flush hands a mapper's listeners only instances of its class
    public ListenerRegistry.Registration addListener(MapperListener<? super T> listener) {
        return listeners.add((MapperListener<Object>) listener);
    }

    ListenerRegistry<MapperListener<Object>> listeners() {
        return listeners;
    }

    /** Whether a flush reads server-default values back after INSERT ({@code @Table(eagerDefaults = true)}). */
    boolean eagerDefaults() {
        return eagerDefaults;
    }

    /** The mapper this class's mapper inherits from (its mapped superclass's), if any. */
    public Optional<Mapper<? super T>> inherits() {
        @SuppressWarnings("unchecked")
        Mapper<? super T> parent = hierarchy == null ? null : (Mapper<? super T>) hierarchy.parent;
        return Optional.ofNullable(parent);
    }

    /** The top mapper of this class's hierarchy; this mapper when it inherits from none. */
    public Mapper<?> baseMapper() {
        return hierarchy == null ? this : hierarchy.base;
    }

    /** How the class's hierarchy is stored, when the class belongs to one. */
    public Optional<dev.athanor.orm.annotation.InheritanceType> inheritance() {
        return Optional.ofNullable(hierarchy == null ? null : hierarchy.strategy);
    }

    /** The discriminator value of this class ({@code @PolymorphicIdentity}), if it has one. */
    public Optional<String> polymorphicIdentity() {
        return Optional.ofNullable(hierarchy == null ? null : hierarchy.identity);
    }

    /** The discriminator property of the hierarchy ({@code @PolymorphicOn}), if any. */
    public Optional<ColumnProperty> polymorphicOn() {
        return Optional.ofNullable(hierarchy == null ? null : hierarchy.discriminator);
    }

    /** The mappers of the direct mapped subclasses, in registration order. */
    public List<Mapper<?>> subclasses() {
        return hierarchy == null ? List.of() : List.copyOf(hierarchy.subclasses);
    }

    /**
     * Every table an instance's row spans, base table first: one table, except for a joined-table
     * subclass ({@code [employee, engineer]}).
     */
    public List<Table> tables() {
        return hierarchy == null ? List.of(table) : hierarchy.tableMappers.stream().<Table>map(Mapper::table).toList();
    }

    MapperHierarchy hierarchy() {
        return hierarchy;
    }

    void hierarchy(MapperHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /** The class identity keys use: the hierarchy's base, so {@code get(Employee.class, 1)} finds the Engineer. */
    Class<?> identityClass() {
        return hierarchy == null ? entityClass : hierarchy.base.entityClass;
    }

    /** One mapper per table of {@link #tables()}, each with the properties stored there, for the flush. */
    List<Mapper<?>> tableMappers() {
        return hierarchy == null ? List.of(this) : hierarchy.tableMappers;
    }

    ColumnProperty version() {
        return version;
    }

    /** A new, empty instance made through the class's no-arg constructor. */
    T newInstance() {
        return instantiate(constructor);
    }

    /**
     * A new, empty instance for the loader to fill: of the instrumented subclass whose relationship
     * getters load lazily, when the class has one.
     */
    T newLoadedInstance() {
        return instantiate(loadedConstructor);
    }

    private T instantiate(Supplier<Object> maker) {
        try {
            return entityClass.cast(maker.get());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) { // a checked exception the constructor throws passes through the lambda
            throw new InvalidRequestError("The no-arg constructor of " + entityClass.getName() + " failed: " + e, e);
        }
    }

    void useLoadedConstructor(Supplier<Object> constructor) {
        this.loadedConstructor = constructor;
    }

    /** What {@link #attributeCode} answers for a field that is neither a column nor a relationship. */
    static final int NOT_MAPPED = Integer.MIN_VALUE;

    /** {@link InstanceState#UNKNOWN} once per relationship: each new state's committed values start as a copy. */
    private Object[] unknownRelationships;
    /** {@link #loadsEagerlyByDefault()}, once known. */
    private Boolean eagerRelationships;
    /** {@link #snapshotsOnWrite()}, once known. */
    private Boolean snapshotOnWrite;

    Object[] unknownRelationships() {
        Object[] unknown = unknownRelationships;
        if (unknown == null) {
            unknown = new Object[relationships.size()];
            java.util.Arrays.fill(unknown, InstanceState.UNKNOWN);
            unknownRelationships = unknown;
        }
        return unknown;
    }

    /** Field name to attribute code, built on the first enhanced access (a pure function of the mapper). */
    private volatile Map<String, Integer> attributeCodes;

    /**
     * The attribute an enhanced class's field access names, coded as {@link dev.athanor.orm.internal.AttributeHook} codes
     * it: a relationship's index (≥ 0) or {@code -2 - index} of a column property;
     * {@link #NOT_MAPPED} for another field.
     */
    int attributeCode(String field) {
        Map<String, Integer> codes = attributeCodes;
        if (codes == null) {
            codes = new java.util.HashMap<>();
            for (RelationshipProperty relationship : relationships) {
                codes.putIfAbsent(relationship.name(), relationship.index());
            }
            for (ColumnProperty property : properties) {
                codes.putIfAbsent(property.name(), -2 - property.index());
            }
            attributeCodes = codes;
        }
        return codes.getOrDefault(field, NOT_MAPPED);
    }

    /** The identity of an instance from its primary-key fields, or {@code null} while any is unset. */
    IdentityKey identityOf(Object instance) {
        Object[] values = new Object[primaryKey.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = primaryKey.get(i).get(instance);
            if (values[i] == null) {
                return null;
            }
        }
        return new IdentityKey(identityClass(), values);
    }

    @Override
    public String toString() {
        return "Mapper[" + entityClass.getSimpleName() + "(" + table.key() + ")]";
    }
}
