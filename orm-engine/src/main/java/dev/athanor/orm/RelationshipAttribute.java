package dev.athanor.orm;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.FromClause;
import dev.athanor.sql.Join;
import dev.athanor.sql.JoinTarget;
import dev.athanor.sql.Select;
import dev.athanor.sql.Sql;
import dev.athanor.sql.TableClause;
import java.util.ArrayList;
import java.util.List;

/**
 * A relationship as the generated metamodel exposes it ({@code Author_.books}): the class it
 * belongs to, the class it leads to and the attribute name, for loader options and joins
 * ({@code selectinLoad(Author_.books)}, {@code join(Author_.books)}) and for conditions
 * ({@code Author_.books.any(Book_.title.eq("T"))}).
 *
 * <p>It holds no registry. The columns that join the two classes come from the
 * {@link RelationshipProperty} a {@link Registry} resolved for the class, which binds itself to the
 * class's metamodel attributes when it is built; the column names it yields are a pure function
 * of the annotations, so the SQL is the same whichever registry bound it last.
 *
 * <pre>{@code
 * select(Author.class).join(Author_.books)
 * // SELECT author.id, … FROM author JOIN book ON author.id = book.author_id
 * select(Employee.class).join(Employee_.manager.of(manager))   // manager = EntityTable.aliased(Employee.class, "manager")
 * // … FROM employee JOIN employee AS manager ON manager.id = employee.manager_id
 * }</pre>
 *
 * @param <E> the class declaring the relationship
 * @param <T> the related class (the element type of a collection)
 */
public final class RelationshipAttribute<E, T> implements JoinTarget {
    private final EntityTable<E> table;
    private final String attribute;
    private final Class<T> target;
    /** The target side of joins and conditions: the class's table or an alias of it. */
    private final EntityTable<T> targetTable;
    /** The metamodel's own instance, which holds the binding; {@code this} for it. */
    private final RelationshipAttribute<E, T> canonical;
    private volatile RelationshipProperty property;

    RelationshipAttribute(EntityTable<E> table, String attribute, Class<T> target) {
        this(table, attribute, target, null, null);
    }

    private RelationshipAttribute(EntityTable<E> table, String attribute, Class<T> target, EntityTable<T> targetTable,
                                  RelationshipAttribute<E, T> canonical) {
        this.table = table;
        this.attribute = attribute;
        this.target = target;
        this.targetTable = targetTable;
        this.canonical = canonical == null ? this : canonical;
    }

    /** The class declaring the relationship. */
    public Class<E> entity() {
        return table.entity();
    }

    /** The table of the declaring class (or the alias this attribute was taken from). */
    public EntityTable<E> table() {
        return table;
    }

    /** The related class. */
    public Class<T> target() {
        return target;
    }

    /** The attribute (field) name. */
    public String attribute() {
        return attribute;
    }

    /**
     * The same relationship leading to an alias of the target, for self-joins:
     * {@code join(Employee_.manager.of(manager))} joins {@code employee AS manager}.
     */
    public RelationshipAttribute<E, T> of(EntityTable<T> alias) {
        return new RelationshipAttribute<>(table, attribute, target, alias, canonical);
    }

    /** The same relationship starting from an alias of the declaring class ({@code manager.get(Employee_.reports)}). */
    RelationshipAttribute<E, T> from(EntityTable<E> alias) {
        return new RelationshipAttribute<>(alias, attribute, target, targetTable, canonical);
    }

    /** The table joins and conditions read the target from. */
    public EntityTable<T> targetTable() {
        return targetTable != null ? targetTable : EntityTable.of(target);
    }

    /** Records the resolved relationship behind the metamodel attribute (done by the registry). */
    void bind(RelationshipProperty resolved) {
        canonical.property = resolved;
    }

    /** The resolved relationship. */
    RelationshipProperty property() {
        RelationshipProperty resolved = canonical.property;
        if (resolved == null) {
            throw new InvalidRequestError("Relationship " + this + " is not resolved yet: build the Registry that maps "
                    + entity().getName() + " before using " + this + " in a join or a condition");
        }
        return resolved;
    }

    // ---- joins ---------------------------------------------------------------------------------

    /** {@code left JOIN target ON …}, through the association table for a many-to-many. */
    @Override
    public FromClause joinFrom(FromClause left, boolean isOuter) {
        RelationshipProperty relationship = property();
        EntityTable<T> to = targetTable();
        if (relationship.secondary() == null) {
            return join(left, to, and(pairs(relationship)), isOuter);
        }
        Join toSecondary = join(left, relationship.secondary(), and(secondaryPairs(relationship)), isOuter);
        return join(toSecondary, to, and(targetPairs(relationship, to)), isOuter);
    }

    private static Join join(FromClause left, FromClause right, ColumnElement<Boolean> on, boolean isOuter) {
        return isOuter ? left.outerJoin(right, on) : left.join(right, on);
    }

    // ---- conditions ----------------------------------------------------------------------------

    /**
     * For a collection: {@code EXISTS} a related row matching the conditions (all of them, or any
     * row when none are given), correlated with the enclosing query:
     * {@code EXISTS (SELECT 1 FROM book WHERE author.id = book.author_id AND book.title = ?)}.
     */
    @SafeVarargs
    public final ColumnElement<Boolean> any(ColumnElement<Boolean>... conditions) {
        RelationshipProperty relationship = property();
        if (!relationship.isCollection()) {
            throw new InvalidRequestError("any() is for collections; " + this + " holds one object, use has()");
        }
        return exists(relationship, conditions);
    }

    /**
     * For a many-to-one (or one-to-one): {@code EXISTS} a related row matching the conditions:
     * {@code EXISTS (SELECT 1 FROM author WHERE author.id = book.author_id AND author.name = ?)}.
     */
    @SafeVarargs
    public final ColumnElement<Boolean> has(ColumnElement<Boolean>... conditions) {
        RelationshipProperty relationship = property();
        if (relationship.isCollection()) {
            throw new InvalidRequestError("has() is for relationships to one object; " + this + " is a collection,"
                    + " use any()");
        }
        return exists(relationship, conditions);
    }

    /**
     * For a collection: the rows whose collection holds {@code member}. A one-to-many compares the
     * key with the member's foreign key ({@code author.id = ?}); a many-to-many looks for the
     * association row ({@code EXISTS (SELECT 1 FROM book_tag WHERE book.id = book_tag.book_id AND
     * book_tag.tag_id = ?)}).
     */
    public ColumnElement<Boolean> contains(T member) {
        RelationshipProperty relationship = property();
        if (!relationship.isCollection()) {
            throw new InvalidRequestError("contains() is for collections; " + this + " holds one object, use eq()");
        }
        if (relationship.secondary() == null) {
            List<ColumnElement<Boolean>> conditions = new ArrayList<>();
            for (int i = 0; i < relationship.localColumns().size(); i++) {
                conditions.add(eq(table.c(relationship.localColumns().get(i).name()),
                        valueOf(member, relationship.remoteProperties[i], relationship)));
            }
            return Sql.and(conditions.toArray(ColumnElement[]::new));
        }
        List<ColumnElement<Boolean>> conditions = secondaryPairs(relationship);
        for (int i = 0; i < relationship.secondaryTargetColumns().size(); i++) {
            conditions.add(eq(relationship.secondaryTargetColumns().get(i),
                    valueOf(member, relationship.targetProperties[i], relationship)));
        }
        return Sql.select(Sql.literalColumn("1")).where(conditions.toArray(ColumnElement[]::new)).exists();
    }

    /**
     * For a many-to-one: the rows that refer to {@code other}, {@code book.author_id = ?} (its key),
     * or whose foreign key is NULL when {@code other} is {@code null}.
     */
    public ColumnElement<Boolean> eq(T other) {
        RelationshipProperty relationship = property();
        if (relationship.kind() != RelationshipKind.MANY_TO_ONE) {
            throw new InvalidRequestError("eq() compares a many-to-one; " + this + " is " + relationship.kind()
                    + (relationship.isCollection() ? ", use contains()" : ", use has()"));
        }
        List<ColumnElement<Boolean>> conditions = new ArrayList<>();
        for (int i = 0; i < relationship.localColumns().size(); i++) {
            conditions.add(eq(table.c(relationship.localColumns().get(i).name()),
                    other == null ? null : valueOf(other, relationship.remoteProperties[i], relationship)));
        }
        return Sql.and(conditions.toArray(ColumnElement[]::new));
    }

    @SafeVarargs
    private ColumnElement<Boolean> exists(RelationshipProperty relationship, ColumnElement<Boolean>... conditions) {
        EntityTable<T> to = targetTable();
        List<ColumnElement<Boolean>> where = relationship.secondary() == null ? pairs(relationship)
                : secondaryPairs(relationship);
        if (relationship.secondary() != null) {
            where.addAll(targetPairs(relationship, to));
        }
        where.addAll(List.of(conditions));
        Select inner = Sql.select(Sql.literalColumn("1")).selectFrom(to).where(where.toArray(ColumnElement[]::new));
        return inner.exists();
    }

    /** parent.local = target.remote, pair by pair (no secondary). */
    private List<ColumnElement<Boolean>> pairs(RelationshipProperty relationship) {
        EntityTable<T> to = targetTable();
        List<ColumnElement<Boolean>> pairs = new ArrayList<>();
        for (int i = 0; i < relationship.localColumns().size(); i++) {
            pairs.add(column(table, relationship.localColumns().get(i).name())
                    .eq(column(to, relationship.remoteColumns().get(i).name())));
        }
        return pairs;
    }

    /** parent.local = secondary.remote, pair by pair. */
    private List<ColumnElement<Boolean>> secondaryPairs(RelationshipProperty relationship) {
        List<ColumnElement<Boolean>> pairs = new ArrayList<>();
        for (int i = 0; i < relationship.localColumns().size(); i++) {
            pairs.add(column(table, relationship.localColumns().get(i).name()).eq(relationship.remoteColumns().get(i)));
        }
        return pairs;
    }

    /** target.column = secondary.targetColumn, pair by pair. */
    private static List<ColumnElement<Boolean>> targetPairs(RelationshipProperty relationship, TableClause to) {
        List<ColumnElement<Boolean>> pairs = new ArrayList<>();
        for (int i = 0; i < relationship.targetColumns().size(); i++) {
            pairs.add(column(to, relationship.targetColumns().get(i).name())
                    .eq(relationship.secondaryTargetColumns().get(i)));
        }
        return pairs;
    }

    private static ColumnElement<?> column(TableClause table, String name) {
        return table.c(name);
    }

    private Object valueOf(Object member, ColumnProperty property, RelationshipProperty relationship) {
        if (!relationship.target().entityClass().isInstance(member)) {
            throw new InvalidRequestError(this + " relates to " + relationship.target().entityClass().getSimpleName()
                    + ", not to " + member.getClass().getSimpleName());
        }
        Object value = property.get(member);
        if (value == null) {
            throw new InvalidRequestError("Cannot compare " + this + " with " + member.getClass().getSimpleName()
                    + " whose " + property.name() + " is not set yet; flush it first");
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> and(List<ColumnElement<Boolean>> conditions) {
        return conditions.size() == 1 ? conditions.get(0) : Sql.and(conditions.toArray(ColumnElement[]::new));
    }

    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> eq(ColumnElement<?> column, Object value) {
        return ((ColumnElement<Object>) column).eq(value);
    }

    /** Binds every metamodel relationship attribute of a mapper's class to its resolved relationship. */
    static void bindMetamodel(Mapper<?> mapper) {
        EntityTable<?> table = EntityTable.of(mapper.entityClass());
        for (RelationshipProperty relationship : mapper.relationships()) {
            table.declaredRelationship(relationship.name()).ifPresent(declared -> declared.bind(relationship));
        }
    }

    @Override
    public String toString() {
        return table.entity().getSimpleName() + "." + attribute;
    }
}
