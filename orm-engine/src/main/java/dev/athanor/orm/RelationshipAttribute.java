package dev.athanor.orm;

/**
 * A relationship as the generated metamodel exposes it ({@code Author_.books}): the class it
 * belongs to, the class it leads to and the attribute name, for loader options and joins
 * ({@code selectinLoad(Author_.books)}, {@code join(Author_.books)}). It holds no registry; the
 * {@link RelationshipProperty} behind it is found through the session's registry.
 *
 * @param <E> the class declaring the relationship
 * @param <T> the related class (the element type of a collection)
 */
public final class RelationshipAttribute<E, T> {
    private final EntityTable<E> table;
    private final String attribute;
    private final Class<T> target;

    RelationshipAttribute(EntityTable<E> table, String attribute, Class<T> target) {
        this.table = table;
        this.attribute = attribute;
        this.target = target;
    }

    /** The class declaring the relationship. */
    public Class<E> entity() {
        return table.entity();
    }

    /** The table of the declaring class. */
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

    @Override
    public String toString() {
        return table.entity().getSimpleName() + "." + attribute;
    }
}
