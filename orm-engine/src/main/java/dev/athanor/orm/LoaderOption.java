package dev.athanor.orm;

import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.ExecutableOption;
import dev.athanor.sql.compiler.CacheKey;
import java.util.ArrayList;
import java.util.List;

/**
 * One loader option as {@link Load} builds it, SQLAlchemy's {@code joinedload}, {@code selectinload}, {@code defer} and friends:
 * how one query loads relationships and columns, overriding the mapping's {@code lazy} setting.
 * Each option is a path of relationships, each step with its strategy, optionally ending in column
 * options for the class the path leads to; chain steps to reach deeper levels.
 *
 * <pre>{@code
 * s.scalars(select(Author.class).options(
 *         selectinLoad(Author_.books).selectinLoad(Book_.tags),   // three levels, three statements
 *         defer(Author_.bio)));
 * // SELECT author.id, author.name FROM author
 * // SELECT book.author_id, book.id, … FROM book WHERE book.author_id IN (?, ?, …)
 * // SELECT book_tag.book_id, tag.id, … FROM tag JOIN book_tag ON … WHERE book_tag.book_id IN (?, …)
 * }</pre>
 *
 * <p>Options are immutable values and part of the statement's cache key.
 */
public final class LoaderOption implements ExecutableOption {
    /** How a step loads its relationship: a {@link Lazy} strategy, or rows the query itself joined. */
    enum Strategy {
        SELECT, JOINED, SELECTIN, SUBQUERY, RAISE, NOLOAD, CONTAINS_EAGER;

        /** The per-object strategy the session keeps after the query (for later lazy loads). */
        Lazy lazy() {
            return switch (this) {
                case SELECT -> Lazy.SELECT;
                case JOINED, CONTAINS_EAGER -> Lazy.JOINED;
                case SELECTIN -> Lazy.SELECTIN;
                case SUBQUERY -> Lazy.SUBQUERY;
                case RAISE -> Lazy.RAISE;
                case NOLOAD -> Lazy.NOLOAD;
            };
        }
    }

    /** One relationship of the path and how it loads; {@code alias} is the target containsEager reads from. */
    record Step(RelationshipAttribute<?, ?> attribute, Strategy strategy, EntityTable<?> alias) {
    }

    /** Which columns of the class at the end of the path load: deferred, undeferred, or only these. */
    enum ColumnMode { DEFER, UNDEFER, LOAD_ONLY }

    /** A column option at the end of the path. */
    record ColumnOption(ColumnMode mode, List<ColumnAttribute<?, ?>> columns) {
    }

    private final Class<?> root;
    private final List<Step> steps;
    private final List<ColumnOption> columnOptions;

    private LoaderOption(Class<?> root, List<Step> steps, List<ColumnOption> columnOptions) {
        this.root = root;
        this.steps = List.copyOf(steps);
        this.columnOptions = List.copyOf(columnOptions);
    }

    // ---- chaining --------------------------------------------------------------------------------

    /** Then loads a relationship of the class this path leads to with a LEFT OUTER JOIN. */
    public LoaderOption joinedLoad(RelationshipAttribute<?, ?> relationship) {
        return then(relationship, Strategy.JOINED, null);
    }

    /** Then loads a relationship of the class this path leads to with an IN query. */
    public LoaderOption selectinLoad(RelationshipAttribute<?, ?> relationship) {
        return then(relationship, Strategy.SELECTIN, null);
    }

    /** Then loads a relationship of the class this path leads to with a subquery. */
    public LoaderOption subqueryLoad(RelationshipAttribute<?, ?> relationship) {
        return then(relationship, Strategy.SUBQUERY, null);
    }

    /** Then loads a relationship of the class this path leads to lazily. */
    public LoaderOption lazyLoad(RelationshipAttribute<?, ?> relationship) {
        return then(relationship, Strategy.SELECT, null);
    }

    /** Then makes a relationship of the class this path leads to raise on access. */
    public LoaderOption raiseLoad(RelationshipAttribute<?, ?> relationship) {
        return then(relationship, Strategy.RAISE, null);
    }

    /** Then never loads a relationship of the class this path leads to. */
    public LoaderOption noLoad(RelationshipAttribute<?, ?> relationship) {
        return then(relationship, Strategy.NOLOAD, null);
    }

    /** Then fills a relationship of the class this path leads to from joined rows. */
    public LoaderOption containsEager(RelationshipAttribute<?, ?> relationship) {
        return then(relationship, Strategy.CONTAINS_EAGER, null);
    }

    // ---- column options --------------------------------------------------------------------------

    /** Then loads columns of the class this path leads to that were deferred. */
    public LoaderOption undefer(ColumnAttribute<?, ?>... columns) {
        return withColumns(ColumnMode.UNDEFER, columns);
    }

    /** Defers columns of the class this path leads to. */
    public LoaderOption defer(ColumnAttribute<?, ?>... columns) {
        return withColumns(ColumnMode.DEFER, columns);
    }

    /** Loads only these columns of the class this path leads to. */
    public LoaderOption loadOnly(ColumnAttribute<?, ?>... columns) {
        return withColumns(ColumnMode.LOAD_ONLY, columns);
    }

    // ---- reading ---------------------------------------------------------------------------------

    /** The class the path starts from. */
    Class<?> root() {
        return root;
    }

    List<Step> steps() {
        return steps;
    }

    List<ColumnOption> columnOptions() {
        return columnOptions;
    }

    /** The class the path leads to. */
    Class<?> leaf() {
        return steps.isEmpty() ? root : steps.get(steps.size() - 1).attribute().target();
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("load").append(root.getName()).append(steps.size());
        for (Step step : steps) {
            key.append(step.attribute().toString()).append(step.strategy())
                    .append(step.alias() == null ? "" : step.alias().name());
        }
        key.append(columnOptions.size());
        for (ColumnOption option : columnOptions) {
            key.append(option.mode()).append(option.columns().stream().map(Object::toString).toList());
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Load(").append(root.getSimpleName());
        steps.forEach(step -> text.append(" → ").append(step.strategy()).append(' ').append(step.attribute()));
        columnOptions.forEach(option -> text.append(", ").append(option.mode()).append(' ').append(option.columns()));
        return text.append(')').toString();
    }

    /** A path of one step from the relationship's class. */
    static LoaderOption path(RelationshipAttribute<?, ?> relationship, Strategy strategy, EntityTable<?> alias) {
        return start(relationship).then(relationship, strategy, alias);
    }

    /** A column option on the class of the first column. */
    static LoaderOption columns(ColumnMode mode, ColumnAttribute<?, ?>[] columns) {
        return columnsOf(columns).withColumns(mode, columns);
    }

    private static LoaderOption start(RelationshipAttribute<?, ?> relationship) {
        if (relationship == null) {
            throw new ArgumentError("A loader option was given a null relationship");
        }
        return new LoaderOption(relationship.entity(), List.of(), List.of());
    }

    private static LoaderOption columnsOf(ColumnAttribute<?, ?>[] columns) {
        if (columns.length == 0 || columns[0] == null) {
            throw new ArgumentError("A column loader option needs at least one column attribute");
        }
        return new LoaderOption(columns[0].entity(), List.of(), List.of());
    }

    private LoaderOption then(RelationshipAttribute<?, ?> relationship, Strategy strategy, EntityTable<?> alias) {
        if (relationship == null) {
            throw new ArgumentError("A loader option was given a null relationship");
        }
        if (!relationship.entity().isAssignableFrom(leaf())) {
            throw new ArgumentError("Loader option " + strategy.name().toLowerCase(java.util.Locale.ROOT) + "(" + relationship
                    + ") does not continue the path " + this + ": it is a relationship of "
                    + relationship.entity().getSimpleName() + ", but the path leads to " + leaf().getSimpleName());
        }
        List<Step> more = new ArrayList<>(steps);
        more.add(new Step(relationship, strategy, alias));
        return new LoaderOption(root, more, columnOptions);
    }

    private LoaderOption withColumns(ColumnMode mode, ColumnAttribute<?, ?>[] columns) {
        for (ColumnAttribute<?, ?> column : columns) {
            if (column == null || !column.entity().isAssignableFrom(leaf())) {
                throw new ArgumentError("Column option " + mode.name().toLowerCase(java.util.Locale.ROOT) + "(" + column
                        + ") names no attribute of " + leaf().getSimpleName() + ", the class of the path " + this);
            }
        }
        List<ColumnOption> more = new ArrayList<>(columnOptions);
        more.add(new ColumnOption(mode, List.of(columns)));
        return new LoaderOption(root, steps, more);
    }
}
