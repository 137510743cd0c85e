package dev.athanor.orm;

import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.internal.AttributeAccessor;
import dev.athanor.schema.Column;
import dev.athanor.schema.Table;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;

/**
 * One {@code @Relationship} field as its mapper resolved it, like SQLAlchemy's
 * {@code RelationshipProperty}: the direction, the column pairs that join the two tables, the
 * cascades and the default loading strategy. Built in two steps: the field is recorded with its
 * mapper, and the rest is resolved once every table of the registry exists (a relationship may
 * point at a class declared later); it is read-only afterwards.
 *
 * <p>Column pairs: {@link #localColumns()} of this class's table are equal to
 * {@link #remoteColumns()} position by position — for a many-to-one the foreign key and the
 * target's key, for a one-to-many this table's key and the target's foreign key, for a
 * many-to-many this table's key and the secondary table's columns referencing it; the secondary's
 * columns referencing the target are {@link #secondaryTargetColumns()}, equal to
 * {@link #targetColumns()}.
 */
public final class RelationshipProperty {
    /** One ordering term of {@link Relationship#orderBy()}: a target property, ascending or descending. */
    public record Order(ColumnProperty property, boolean descending) {
    }

    private final String name;
    private final Mapper<?> parent;
    private final Field field;
    private final AttributeAccessor accessor;
    private final Relationship options;
    // copied from the annotation: each of its methods is a reflective proxy call, and these are read per object
    private final Lazy lazy;
    private final boolean viewOnly;
    private final boolean passiveDeletes;
    private final boolean postUpdate;
    private final int index;
    // resolved when the registry is built
    Mapper<?> target;
    RelationshipKind kind;
    boolean collection;
    Class<?> collectionType;
    RelationshipProperty backPopulates;
    Set<CascadeOption> cascade;
    List<Order> orderBy = List.of();
    Table secondary;
    List<Column<?>> localColumns = List.of();
    List<Column<?>> remoteColumns = List.of();
    List<Column<?>> secondaryTargetColumns = List.of();
    List<Column<?>> targetColumns = List.of();
    /** The properties behind {@link #localColumns} (on the parent) and {@link #remoteColumns} (on the target; none for a secondary). */
    ColumnProperty[] localProperties = new ColumnProperty[0];
    ColumnProperty[] remoteProperties = new ColumnProperty[0];
    /** For a many-to-many: the target properties behind {@link #targetColumns}. */
    ColumnProperty[] targetProperties = new ColumnProperty[0];
    /** The lazy load's SELECT with the parent's key as bind parameters, built on first use ({@link SelectLoader}). */
    dev.athanor.sql.Select lazyStatement;

    RelationshipProperty(Mapper<?> parent, Field field, int index) {
        this.name = field.getName();
        this.parent = parent;
        this.field = field;
        this.accessor = AttributeAccessor.of(field);
        this.options = field.getAnnotation(Relationship.class);
        this.lazy = options.lazy();
        this.viewOnly = options.viewOnly();
        this.passiveDeletes = options.passiveDeletes();
        this.postUpdate = options.postUpdate();
        this.index = index;
    }

    /** The attribute (field) name. */
    public String name() {
        return name;
    }

    /** The direction of the relationship. */
    public RelationshipKind kind() {
        return kind;
    }

    /** Whether this is one-to-one: a one-to-many (the target holds the key) that holds one object. */
    public boolean isOneToOne() {
        return kind == RelationshipKind.ONE_TO_MANY && !collection;
    }

    /** The mapper of the declaring class. */
    public Mapper<?> parent() {
        return parent;
    }

    /** The mapper of the related class. */
    public Mapper<?> target() {
        return target;
    }

    /** Whether the attribute holds a collection rather than one object. */
    public boolean isCollection() {
        return collection;
    }

    /** {@code List.class} or {@code Set.class} for a collection, {@code null} for one object. */
    public Class<?> collectionType() {
        return collectionType;
    }

    /** The relationship on the target that mirrors this one, or {@code null}. */
    public RelationshipProperty backPopulates() {
        return backPopulates;
    }

    /** The cascade options. */
    public Set<CascadeOption> cascade() {
        return cascade;
    }

    /** Whether one cascade option is on. */
    public boolean cascades(CascadeOption option) {
        return cascade.contains(option);
    }

    /** The default loading strategy. */
    public Lazy lazy() {
        return lazy;
    }

    /** The ordering of a collection, empty for none. */
    public List<Order> orderBy() {
        return orderBy;
    }

    /** The association table of a many-to-many, or {@code null}. */
    public Table secondary() {
        return secondary;
    }

    /** Columns of the parent's table that join (see the class comment). */
    public List<Column<?>> localColumns() {
        return localColumns;
    }

    /** Columns of the target's (or, for a many-to-many, the secondary) table equal to {@link #localColumns()}. */
    public List<Column<?>> remoteColumns() {
        return remoteColumns;
    }

    /** For a many-to-many: the secondary table's columns that reference the target; else empty. */
    public List<Column<?>> secondaryTargetColumns() {
        return secondaryTargetColumns;
    }

    /** For a many-to-many: the target's columns the secondary references; else empty. */
    public List<Column<?>> targetColumns() {
        return targetColumns;
    }

    /** Whether the relationship is read-only (never flushed, never cascaded). */
    public boolean viewOnly() {
        return viewOnly;
    }

    /** Whether unloaded children are left to the database's {@code ON DELETE} rule. */
    public boolean passiveDeletes() {
        return passiveDeletes;
    }

    /** Whether the foreign key is written by a second UPDATE (row cycles). */
    public boolean postUpdate() {
        return postUpdate;
    }

    /** The position of this relationship among its mapper's relationships (and in instance state). */
    public int index() {
        return index;
    }

    /** {@code "Author.books"}: how errors and statistics name the relationship. */
    public String qualifiedName() {
        return parent.entityClass().getSimpleName() + "." + name;
    }

    Field field() {
        return field;
    }

    Relationship options() {
        return options;
    }

    /** The field's value, read directly (never through the instrumented getter). */
    Object get(Object instance) {
        return accessor.get(instance);
    }

    /** Writes the field directly, with no backPopulates or cascade events. */
    void set(Object instance, Object value) {
        accessor.set(instance, value);
    }

    @Override
    public String toString() {
        return qualifiedName() + " (" + kind + " → " + (target == null ? "?" : target.entityClass().getSimpleName()) + ")";
    }
}
