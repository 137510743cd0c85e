package dev.athanor.orm;

import dev.athanor.orm.LoaderOption.ColumnMode;
import dev.athanor.orm.LoaderOption.Strategy;

/**
 * The loader options, SQLAlchemy's {@code joinedload}, {@code selectinload}, {@code defer} and
 * friends: how one query loads relationships and columns, overriding the mapping's {@code lazy}.
 * Each returns a {@link LoaderOption} whose methods of the same names continue the path.
 *
 * <pre>{@code
 * import static dev.athanor.orm.Load.*;
 * s.scalars(select(Author.class).options(selectinLoad(Author_.books).selectinLoad(Book_.tags), defer(Author_.bio)));
 * s.scalars(select(Author.class).options(joinedLoad(Author_.books))).unique().all();
 * s.scalars(select(Author.class).join(Author_.books).where(Book_.title.startsWith("A"))
 *         .options(containsEager(Author_.books))).unique().all();
 * }</pre>
 */
public final class Load {
    private Load() {
    }

    /**
     * Loads the relationship with a LEFT OUTER JOIN to an alias of the target in the same query:
     * {@code FROM author LEFT OUTER JOIN book AS book_1 ON author.id = book_1.author_id}. For a
     * collection, parents repeat across rows, so the result needs {@code unique()}.
     */
    public static LoaderOption joinedLoad(RelationshipAttribute<?, ?> relationship) {
        return LoaderOption.path(relationship, Strategy.JOINED, null);
    }

    /** Loads the relationship after the parents, with one {@code WHERE … IN (…)} query per level. */
    public static LoaderOption selectinLoad(RelationshipAttribute<?, ?> relationship) {
        return LoaderOption.path(relationship, Strategy.SELECTIN, null);
    }

    /** Loads the relationship after the parents, the {@code IN} repeating the query as a subquery. */
    public static LoaderOption subqueryLoad(RelationshipAttribute<?, ?> relationship) {
        return LoaderOption.path(relationship, Strategy.SUBQUERY, null);
    }

    /** Loads the relationship lazily: its own SELECT on first access of the getter. */
    public static LoaderOption lazyLoad(RelationshipAttribute<?, ?> relationship) {
        return LoaderOption.path(relationship, Strategy.SELECT, null);
    }

    /** Makes access to the unloaded relationship raise {@link dev.athanor.exc.LazyLoadError}. */
    public static LoaderOption raiseLoad(RelationshipAttribute<?, ?> relationship) {
        return LoaderOption.path(relationship, Strategy.RAISE, null);
    }

    /** Never loads the relationship: an empty collection or {@code null}. */
    public static LoaderOption noLoad(RelationshipAttribute<?, ?> relationship) {
        return LoaderOption.path(relationship, Strategy.NOLOAD, null);
    }

    /**
     * Fills the relationship from the rows of a join the query already has
     * ({@code join(Author_.books)}), adding the target's columns to the SELECT list; the query's
     * own conditions on the join then decide which members are loaded.
     */
    public static LoaderOption containsEager(RelationshipAttribute<?, ?> relationship) {
        return LoaderOption.path(relationship, Strategy.CONTAINS_EAGER, null);
    }

    /** {@link #containsEager(RelationshipAttribute)} reading the target from an alias the query joined. */
    public static <T> LoaderOption containsEager(RelationshipAttribute<?, T> relationship, EntityTable<T> alias) {
        return LoaderOption.path(relationship, Strategy.CONTAINS_EAGER, alias);
    }

    /** Leaves the columns out of the query; each loads on first access of its getter. */
    public static LoaderOption defer(ColumnAttribute<?, ?>... columns) {
        return LoaderOption.columns(ColumnMode.DEFER, columns);
    }

    /** Loads columns another option deferred. */
    public static LoaderOption undefer(ColumnAttribute<?, ?>... columns) {
        return LoaderOption.columns(ColumnMode.UNDEFER, columns);
    }

    /** Loads only these columns and the primary key; the others are deferred. */
    public static LoaderOption loadOnly(ColumnAttribute<?, ?>... columns) {
        return LoaderOption.columns(ColumnMode.LOAD_ONLY, columns);
    }
}
