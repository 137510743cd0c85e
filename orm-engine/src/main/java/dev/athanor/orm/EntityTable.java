package dev.athanor.orm;

import dev.athanor.orm.internal.MappedFields;
import dev.athanor.orm.internal.MappedHierarchy;
import dev.athanor.orm.internal.Naming;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.ForeignKeyReference;
import dev.athanor.sql.Sql;
import dev.athanor.sql.TableClause;
import dev.athanor.types.Types;
import java.util.List;

/**
 * The table of a mapped class as a generated metamodel ({@code User_.TABLE}) names it: the SQL
 * name and schema are compile-time constants written by the processor, the columns are derived
 * from the class's fields on first use. It needs no {@link Registry}, so metamodel classes hold
 * no reference to one and there is no global registry to look one up in; the names agree with the
 * registry's because both apply the same naming rules to the same annotations.
 *
 * <p>In an inheritance hierarchy the table of a subclass is its own (joined-table) or its base's
 * (single-table), and its {@link #columns()} are every attribute of the class, each rendering
 * against the table that stores it: {@code Engineer_.name} is {@code employee.name}. A session
 * adds the joins between those tables when it runs the select.
 *
 * @param <E> the mapped class
 */
public final class EntityTable<E> extends TableClause {
    private final Class<E> entity;
    private final String name;
    private final String schema;
    private final List<ColumnAttribute<E, ?>> declared = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final EntityTable<E> original;
    private final List<RelationshipAttribute<E, ?>> declaredRelationships = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile List<ColumnAttribute<E, ?>> columns;
    private final java.util.Map<String, ColumnAttribute<E, ?>> inheritedKeys = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile List<ForeignKeyReference> foreignKeys;

    private EntityTable(Class<E> entity, String name, String schema, EntityTable<E> original) {
        this.entity = entity;
        this.name = name;
        this.schema = schema == null || schema.isEmpty() ? null : schema;
        this.original = original;
    }

    /**
     * The one table instance of a mapped class that every ORM statement uses: the generated
     * {@code User_.TABLE} when the metamodel exists, else one derived from the annotations and kept
     * per class. Statements that mix it with attributes of the same class then name the table once
     * in FROM, since Core matches tables by identity.
     */
    @SuppressWarnings("unchecked")
    public static <E> EntityTable<E> of(Class<E> entity) {
        return (EntityTable<E>) CANONICAL.get(entity);
    }

    /**
     * Per-class memo of a pure function of the class (its annotations and generated metamodel);
     * it holds nothing an application configures, so it is not shared mutable state.
     */
    private static final ClassValue<EntityTable<?>> CANONICAL = new ClassValue<>() {
        @Override
        protected EntityTable<?> computeValue(Class<?> type) {
            return canonical(type);
        }
    };

    /**
     * The class the metamodel processor generates for {@code entity}: {@code Book_} beside
     * {@code Book}, and {@code Outer_Inner_} (not {@code Outer$Inner_}) for a nested class.
     */
    static String metamodelName(Class<?> entity) {
        String packageName = entity.getPackageName();
        String nested = packageName.isEmpty() ? entity.getName() : entity.getName().substring(packageName.length() + 1);
        String simple = nested.replace('$', '_') + "_";
        return packageName.isEmpty() ? simple : packageName + "." + simple;
    }

    private static <E> EntityTable<E> canonical(Class<E> entity) {
        String metamodel = metamodelName(entity);
        try {
            Class<?> generated = Class.forName(metamodel, true, entity.getClassLoader());
            Object table = generated.getField("TABLE").get(null);
            if (table instanceof EntityTable<?> found && found.entity == entity) {
                @SuppressWarnings("unchecked")
                EntityTable<E> typed = (EntityTable<E>) found;
                return typed;
            }
        } catch (ClassNotFoundException | NoSuchFieldException | IllegalAccessException e) {
            // no metamodel generated for this class: derive the table from its annotations
        }
        Class<?> tableClass = MappedHierarchy.tableClass(entity);
        dev.athanor.orm.annotation.Table annotation = tableClass == null || !MappedHierarchy.isMapped(entity) ? null
                : tableClass.getAnnotation(dev.athanor.orm.annotation.Table.class);
        if (annotation == null) {
            throw new dev.athanor.exc.InvalidRequestError("Class " + entity.getName() + " is not mapped; annotate it with @Table");
        }
        return new EntityTable<>(entity, Naming.tableName(annotation.value(), tableClass.getSimpleName()),
                annotation.schema(), null);
    }

    /**
     * The class under another name within one statement, SQLAlchemy's {@code aliased(Employee)}:
     * {@code EntityTable.aliased(Employee.class, "manager")} renders {@code employee AS manager}, its
     * columns {@code manager.name}, and rows selected through it still load as {@code Employee}
     * objects. Reach its columns with {@link #get(ColumnAttribute)}.
     */
    public static <E> EntityTable<E> aliased(Class<E> entity, String name) {
        return of(entity).aliased(name);
    }

    /**
     * An alias of this class's table whose rows load as objects; see {@link #aliased(Class, String)}.
     * ({@link #alias(String)}, inherited from Core, gives a plain alias whose rows are values.)
     */
    public EntityTable<E> aliased(String aliasName) {
        EntityTable<E> base = original != null ? original : this;
        return new EntityTable<>(entity, aliasName, null, base);
    }

    /** Whether this is an alias of the class's table rather than the table itself. */
    public boolean isAlias() {
        return original != null;
    }

    /**
     * This table's column for a metamodel attribute: the attribute itself on the class's own
     * table, the alias's copy on an alias ({@code manager.get(Employee_.name)} is {@code manager.name}).
     */
    public <T> ColumnAttribute<E, T> get(ColumnAttribute<E, T> attribute) {
        if (attribute.entity() != entity) {
            throw new dev.athanor.exc.InvalidRequestError("Attribute " + attribute + " belongs to "
                    + attribute.entity().getName() + ", not to " + entity.getName());
        }
        return attribute.table() == this ? attribute : attribute(attribute.attribute());
    }

    /**
     * A column attribute by field name, failing fast on a wrong name (the string form of
     * {@code User_.username}).
     */
    @SuppressWarnings("unchecked")
    public <T> ColumnAttribute<E, T> attribute(String attribute) {
        for (ColumnAttribute<E, ?> column : columns()) {
            if (column.attribute().equals(attribute)) {
                return (ColumnAttribute<E, T>) column;
            }
        }
        throw new dev.athanor.exc.InvalidRequestError("Class " + entity.getName() + " has no mapped attribute '" + attribute
                + "'; its attributes are " + columns().stream().map(ColumnAttribute::attribute).toList());
    }

    /** The table of {@code entity}, named {@code name} in {@code schema} (empty for the default). */
    public static <E> EntityTable<E> of(Class<E> entity, String name, String schema) {
        return new EntityTable<>(entity, name, schema, null);
    }

    /** A new column attribute of this table, as the generated metamodel declares it. */
    public <T> ColumnAttribute<E, T> attribute(String attribute, String column) {
        ColumnAttribute<E, T> created = new ColumnAttribute<>(storing(attribute), entity, attribute, column);
        declared.add(created);
        return created;
    }

    /** A relationship attribute of this table's class, as the generated metamodel declares it. */
    public <T> RelationshipAttribute<E, T> relationship(String attribute, Class<T> target) {
        RelationshipAttribute<E, T> created = new RelationshipAttribute<>(this, attribute, target);
        declaredRelationships.add(created);
        return created;
    }

    /** The metamodel's relationship attribute of this name, when the metamodel declared one. */
    java.util.Optional<RelationshipAttribute<E, ?>> declaredRelationship(String attribute) {
        return declaredRelationships.stream().filter(r -> r.attribute().equals(attribute)).findFirst();
    }

    /**
     * The relationship starting from this table: the attribute itself on the class's own table, a
     * copy joining from the alias on an alias ({@code manager.get(Employee_.reports)}).
     */
    public <T> RelationshipAttribute<E, T> get(RelationshipAttribute<E, T> relationship) {
        return original == null ? relationship : relationship.from(this);
    }

    /** The mapped class. */
    public Class<E> entity() {
        return entity;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String schema() {
        return schema;
    }

    /**
     * The class's column attributes in field order: the metamodel's own instances where it
     * declared them (so {@code select(User_.TABLE)} selects exactly {@code User_.id, User_.name, …}),
     * derived from the fields on first use.
     */
    @Override
    public List<ColumnAttribute<E, ?>> columns() {
        List<ColumnAttribute<E, ?>> resolved = columns;
        if (resolved == null && original != null) {
            resolved = original.columns().stream().<ColumnAttribute<E, ?>>map(column ->
                    new ColumnAttribute<>(this, column.attribute(), column.name())).toList();
            columns = resolved;
        }
        if (resolved == null) {
            // A benign race: two threads build equal lists and one wins; the list never changes.
            resolved = MappedFields.of(entity).stream().<ColumnAttribute<E, ?>>map(field -> declared.stream()
                    .filter(a -> a.attribute().equals(field.getName())).findFirst()
                    .orElseGet(() -> new ColumnAttribute<>(storing(field.getName()), entity, field.getName(),
                            Naming.columnName(columnAnnotationName(field), field.getName())))).toList();
            columns = resolved;
        }
        return resolved;
    }

    /**
     * The table holding an attribute's column: this one, or for a field inherited from a mapped
     * superclass (joined-table) or of a single-table subclass, the table of the class storing it.
     */
    private EntityTable<?> storing(String attribute) {
        Class<?> owner = MappedHierarchy.storingClass(entity, MappedFields.named(entity, attribute).getDeclaringClass());
        return owner == entity ? this : EntityTable.of(owner);
    }

    /**
     * The column of a joined-table subclass's own table that repeats the base's key column
     * {@code baseKey} (same name, a foreign key to it); it is no attribute of its own, since the
     * class's key attribute is the base's.
     */
    ColumnAttribute<E, ?> inheritedKey(ColumnAttribute<?, ?> baseKey) {
        return inheritedKeys.computeIfAbsent(baseKey.name(),
                name -> new ColumnAttribute<>(this, entity, baseKey.attribute(), name));
    }

    /**
     * The column of this table (or alias) that stands for {@code column}. Also accepts a column of
     * a class of the same hierarchy stored in the same table, so
     * {@code update(CardPayment.class).values(Map.of(CardPayment_.amount, 5))} finds its column
     * in the single table the subclass shares with its base.
     */
    @Override
    public ColumnClause<?> correspondingColumn(ColumnClause<?> column) {
        if (column.table() == this) {
            return column;
        }
        if (original != null) {
            // an alias stands for its table's columns under its own name
            return original.correspondingColumn(column) != null ? c(column.name()) : null;
        }
        ColumnClause<?> own = super.correspondingColumn(column);
        if (own == null && column instanceof ColumnAttribute<?, ?> attribute && MappedHierarchy.related(attribute.entity(), entity)) {
            for (ColumnAttribute<E, ?> candidate : columns()) {
                if (candidate.table() == attribute.table() && candidate.name().equals(attribute.name())) {
                    return candidate;
                }
            }
        }
        return own;
    }

    /**
     * The class's {@code @ForeignKey} columns, so Core infers a join's ON clause between mapped
     * classes as between tables: {@code select(Book.class).join(Author_.TABLE)}. The referred side
     * is a {@link Sql#table} naming the referred table and column, which a join matches by name
     * (this table cannot know which class maps the other one).
     */
    @Override
    public List<ForeignKeyReference> foreignKeyReferences() {
        List<ForeignKeyReference> resolved = foreignKeys;
        if (resolved == null) {
            // a benign race, as in columns(): equal lists, one wins
            EntityTable<E> base = original != null ? original : this;
            List<ForeignKeyReference> references = new java.util.ArrayList<>();
            for (ColumnAttribute<E, ?> column : base.columns()) {
                dev.athanor.orm.annotation.ForeignKey foreignKey = MappedFields.named(entity, column.attribute())
                        .getAnnotation(dev.athanor.orm.annotation.ForeignKey.class);
                if (foreignKey != null && column.table() == base) {
                    references.add(new ForeignKeyReference(List.of(get(column)), List.of(referred(foreignKey.value()))));
                }
            }
            resolved = List.copyOf(references);
            foreignKeys = resolved;
        }
        return resolved;
    }

    /** {@code "table.column"} or {@code "schema.table.column"} as a column of a lightweight table. */
    private static ColumnClause<?> referred(String target) {
        String[] parts = target.split("\\.");
        ColumnClause<?> column = Sql.column(parts[parts.length - 1], Types.NULL);
        TableClause table = parts.length > 2 ? Sql.table(parts[parts.length - 3], parts[parts.length - 2], column)
                : Sql.table(parts[parts.length - 2], column);
        return table.columns().get(0);
    }

    private static String columnAnnotationName(java.lang.reflect.Field field) {
        dev.athanor.orm.annotation.Column column = field.getAnnotation(dev.athanor.orm.annotation.Column.class);
        return column == null ? "" : column.name();
    }

    @Override
    public void compile(dev.athanor.sql.compiler.SqlCompiler compiler) {
        if (original != null) {
            compiler.visitAlias(original, name);
        } else {
            compiler.visitTable(this);
        }
    }

    @Override
    public void appendCacheKey(dev.athanor.sql.compiler.CacheKey.Builder key) {
        if (original != null) {
            key.append("alias").append(name);
            original.appendCacheKey(key);
        } else {
            super.appendCacheKey(key);
        }
    }

    @Override
    public String toString() {
        if (original != null) {
            return original + " AS " + name;
        }
        return schema == null ? name : schema + "." + name;
    }
}
