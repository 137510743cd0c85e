package dev.athanor.sql;

import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An immutable SELECT; every method returns a changed copy. The FROM list is inferred from the
 * columns and WHERE clause, so {@code select(users.c("name")).where(users.c("id").eq(5))} renders
 * {@code SELECT users.name FROM users WHERE users.id = ?}.
 *
 * <pre>{@code
 * select(authors.c("name"), func.count(books.c("id")).label("n"))
 *         .outerJoin(books)                        // ON clause from the foreign key
 *         .groupBy(authors.c("name"))
 *         .having(func.count(books.c("id")).gt(0L))
 *         .orderBy(desc(literalColumn("n")))
 *         .limit(10);
 * // SELECT authors.name, count(books.id) AS n FROM authors LEFT OUTER JOIN books
 * //   ON authors.id = books.author_id GROUP BY authors.name HAVING count(books.id) > ?
 * //   ORDER BY n DESC LIMIT ?
 * }</pre>
 */
public sealed class Select extends SelectBase permits TypedSelect {
    private final State state;

    /** Everything a select holds; copied on every change. */
    static final class State implements Cloneable {
        List<ColumnElement<?>> columns = List.of();
        List<FromClause> froms = List.of();
        ColumnElement<Boolean> where;
        List<ColumnElement<?>> groupBy = List.of();
        ColumnElement<Boolean> having;
        List<Ordering> orderBy = List.of();
        BindParameter<Integer> limit;
        BindParameter<Integer> offset;
        boolean distinct;
        List<ColumnElement<?>> distinctOn = List.of();
        ForUpdate forUpdate;
        List<ExecutableOption> options = List.of();

        State copy() {
            try {
                return (State) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    Select(State state) {
        this.state = state;
    }

    static Select of(SelectItem... items) {
        return new Select(stateOf(items));
    }

    /** A select of {@code item} whose rows load as {@code T}s. */
    static <T> TypedSelect<T> typed(SelectItem item) {
        return new TypedSelect<>(stateOf(item));
    }

    private static State stateOf(SelectItem... items) {
        State state = new State();
        List<ColumnElement<?>> columns = new ArrayList<>();
        for (SelectItem item : items) {
            if (item == null) {
                throw new ArgumentError("select() was given a null column or table");
            }
            columns.addAll(item.selectedColumns());
        }
        state.columns = List.copyOf(columns);
        return state;
    }

    /** A changed copy of the same kind: a {@link TypedSelect} stays typed, since its SELECT list is unchanged. */
    private Select with(Consumer<State> change) {
        State copy = state.copy();
        change.accept(copy);
        return rebuild(copy);
    }

    /** A changed copy whose SELECT list differs, so whatever element type this select carried no longer holds. */
    private Select withColumns(List<ColumnElement<?>> columns) {
        State copy = state.copy();
        copy.columns = columns;
        return new Select(copy);
    }

    /** A select of this kind over {@code state}. */
    Select rebuild(State changed) {
        return new Select(changed);
    }

    private static <E> List<E> plus(List<E> list, List<? extends E> more) {
        List<E> all = new ArrayList<>(list);
        all.addAll(more);
        return List.copyOf(all);
    }

    // ---- building ------------------------------------------------------------------------------

    /** Adds columns to the SELECT list. */
    public Select addColumns(SelectItem... items) {
        List<ColumnElement<?>> more = new ArrayList<>();
        for (SelectItem item : items) {
            more.addAll(item.selectedColumns());
        }
        return withColumns(plus(state.columns, more));
    }

    /**
     * The same select with only these columns in the SELECT list, keeping its explicit FROM
     * elements, joins and clauses: {@code select(User.class).where(…).withOnlyColumns(User_.id)}.
     * As in SQLAlchemy, a table only the old columns named leaves the FROM list.
     */
    public Select withOnlyColumns(SelectItem... items) {
        List<ColumnElement<?>> columns = new ArrayList<>();
        for (SelectItem item : items) {
            columns.addAll(item.selectedColumns());
        }
        return withColumns(List.copyOf(columns));
    }

    /**
     * Attaches options for the layer that runs this select, such as the ORM's loader options
     * ({@code options(selectinLoad(Author_.books))}); several calls add up. Core renders nothing
     * for them, but they are part of the cache key.
     */
    public Select options(ExecutableOption... options) {
        for (ExecutableOption option : options) {
            if (option == null) {
                throw new ArgumentError("options() was given a null option");
            }
        }
        return with(s -> s.options = plus(s.options, List.of(options)));
    }

    /**
     * Adds explicit FROM elements, SQLAlchemy's {@code select_from}: {@code select(count()).selectFrom(users)},
     * or a join built from tables: {@code selectFrom(authors.outerJoin(books))}.
     */
    public Select selectFrom(FromClause... froms) {
        return with(s -> s.froms = plus(s.froms, List.of(froms)));
    }

    /** Adds a WHERE condition; several calls AND together. */
    public Select where(ColumnElement<Boolean> condition) {
        return with(s -> s.where = and(s.where, condition));
    }

    /** Adds two WHERE conditions, ANDed: {@code where(a, b)}. */
    public Select where(ColumnElement<Boolean> first, ColumnElement<Boolean> second) {
        return with(s -> s.where = and(s.where, first, second));
    }

    /**
     * Adds WHERE conditions; several calls AND together. On a {@link TypedSelect} this form (three
     * or more conditions) returns a plain {@code Select}; chain {@code where} calls to keep the type.
     */
    @SafeVarargs
    public final Select where(ColumnElement<Boolean>... conditions) {
        return with(s -> s.where = and(s.where, conditions));
    }

    /** {@code JOIN right ON …}, the condition inferred from the single foreign key between them. */
    public Select join(FromClause right) {
        return joined(right, null, false, false);
    }

    /** {@code JOIN right ON condition}. */
    public Select join(FromClause right, ColumnElement<Boolean> on) {
        return joined(right, on, false, false);
    }

    /** {@code LEFT OUTER JOIN right ON …} (inferred). */
    public Select outerJoin(FromClause right) {
        return joined(right, null, true, false);
    }

    /** {@code LEFT OUTER JOIN right ON condition}. */
    public Select outerJoin(FromClause right, ColumnElement<Boolean> on) {
        return joined(right, on, true, false);
    }

    /** {@code FULL OUTER JOIN right ON …} (inferred). */
    public Select fullOuterJoin(FromClause right) {
        return joined(right, null, true, true);
    }

    /** {@code FULL OUTER JOIN right ON condition}. */
    public Select fullOuterJoin(FromClause right, ColumnElement<Boolean> on) {
        return joined(right, on, true, true);
    }

    /**
     * {@code JOIN} to a target that brings its own ON clause, such as an ORM relationship:
     * {@code select(Author.class).join(Author_.books)}.
     */
    public Select join(JoinTarget target) {
        return joined(target, false);
    }

    /** {@code LEFT OUTER JOIN} to a target that brings its own ON clause: {@code outerJoin(Author_.books)}. */
    public Select outerJoin(JoinTarget target) {
        return joined(target, true);
    }

    private Select joined(JoinTarget target, boolean isOuter) {
        if (target == null) {
            throw new ArgumentError("join() was given a null target");
        }
        List<FromClause> explicit = new ArrayList<>(state.froms);
        FromClause left = removeLeft(explicit, target.toString());
        explicit.add(target.joinFrom(left, isOuter));
        return with(s -> s.froms = List.copyOf(explicit));
    }

    /**
     * Joins {@code right} to the left-most FROM element: the last one given to
     * {@link #selectFrom} or joined, else the first table of the columns.
     *
     * @param on the ON condition, or {@code null} to infer it from foreign keys
     * @param isOuter LEFT OUTER JOIN
     * @param full FULL OUTER JOIN
     * @deprecated two unnamed flags read badly at the call site; use {@link #join(FromClause, ColumnElement)},
     *     {@link #outerJoin(FromClause, ColumnElement)} or {@link #fullOuterJoin(FromClause, ColumnElement)}
     */
    @Deprecated
    public Select join(FromClause right, ColumnElement<Boolean> on, boolean isOuter, boolean full) {
        return joined(right, on, isOuter, full);
    }

    private Select joined(FromClause right, ColumnElement<Boolean> on, boolean isOuter, boolean full) {
        if (right == null) {
            throw new ArgumentError("join() was given a null table");
        }
        List<FromClause> explicit = new ArrayList<>(state.froms);
        FromClause left = removeLeft(explicit, describe(right));
        explicit.add(Join.make(left, right, on, isOuter, full));
        return with(s -> s.froms = List.copyOf(explicit));
    }


    /** Takes the element to join from out of {@code explicit}: its last one, else the first inferred FROM. */
    private FromClause removeLeft(List<FromClause> explicit, String joined) {
        if (!explicit.isEmpty()) {
            return explicit.remove(explicit.size() - 1);
        }
        List<FromClause> inferred = froms();
        if (inferred.isEmpty()) {
            throw new ArgumentError("Cannot join " + joined + ": this select has no FROM element to"
                    + " join from; add one with selectFrom(…)");
        }
        return inferred.get(0);
    }

    /** {@code GROUP BY …}. */
    public Select groupBy(ColumnElement<?>... columns) {
        return with(s -> s.groupBy = plus(s.groupBy, List.of(columns)));
    }

    /** {@code HAVING condition}; several calls AND together. */
    public Select having(ColumnElement<Boolean> condition) {
        return with(s -> s.having = and(s.having, condition));
    }

    /** {@code HAVING …}; several calls AND together. */
    @SafeVarargs
    public final Select having(ColumnElement<Boolean>... conditions) {
        return with(s -> s.having = and(s.having, conditions));
    }

    /** {@code ORDER BY …}: expressions (ascending) or {@link Ordering}s. */
    public Select orderBy(ClauseElement... items) {
        List<Ordering> orderings = new ArrayList<>();
        for (ClauseElement item : items) {
            orderings.add(Ordering.of(item));
        }
        return with(s -> s.orderBy = plus(s.orderBy, orderings));
    }

    /** At most this many rows: {@code LIMIT ?}, {@code FETCH FIRST ? ROWS ONLY} or {@code TOP (?)}. */
    public Select limit(int limit) {
        return with(s -> s.limit = BindParameter.of("param_limit", limit, Types.INTEGER));
    }

    /** Skips this many rows: {@code OFFSET ?}. */
    public Select offset(int offset) {
        return with(s -> s.offset = BindParameter.of("param_offset", offset, Types.INTEGER));
    }

    /** {@code SELECT DISTINCT}. */
    public Select distinct() {
        return with(s -> s.distinct = true);
    }

    /** {@code SELECT DISTINCT ON (…)} (PostgreSQL). */
    public Select distinct(ColumnElement<?>... on) {
        return with(s -> {
            s.distinct = true;
            s.distinctOn = List.of(on);
        });
    }

    /** {@code FOR UPDATE}. */
    public Select forUpdate() {
        return forUpdate(ForUpdate.lock());
    }

    /** {@code FOR UPDATE} with options: {@code forUpdate(ForUpdate.lock().skipLocked())}. */
    public Select forUpdate(ForUpdate lock) {
        return with(s -> s.forUpdate = lock);
    }

    /** {@code this UNION other}. */
    public CompoundSelect union(SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.UNION, this, others);
    }

    /** {@code this UNION ALL other}. */
    public CompoundSelect unionAll(SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.UNION_ALL, this, others);
    }

    /** {@code this INTERSECT other}. */
    public CompoundSelect intersect(SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.INTERSECT, this, others);
    }

    /** {@code this EXCEPT other} ({@code MINUS} on Oracle). */
    public CompoundSelect except(SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.EXCEPT, this, others);
    }

    // ---- reading -------------------------------------------------------------------------------

    @Override
    public List<ColumnElement<?>> selectedColumns() {
        return state.columns;
    }

    /** The FROM elements given explicitly (with joins), in order. */
    public List<FromClause> explicitFroms() {
        return state.froms;
    }

    /**
     * The FROM list: the explicit elements, then every table the columns and WHERE clause read
     * that no explicit element (or join) already covers.
     */
    public List<FromClause> froms() {
        List<FromClause> froms = new ArrayList<>(state.froms);
        Set<Object> covered = Collections.newSetFromMap(new IdentityHashMap<>());
        for (FromClause from : state.froms) {
            covered.add(from);
            covered.addAll(from.tables());
        }
        Consumer<FromClause> add = from -> {
            if (covered.add(from)) {
                froms.add(from);
            }
        };
        state.columns.forEach(column -> column.collectFroms(add));
        if (state.where != null) {
            state.where.collectFroms(add);
        }
        return froms;
    }

    /** The options attached with {@link #options}, in order. */
    public List<ExecutableOption> executableOptions() {
        return state.options;
    }

    /** The WHERE condition, or {@code null}. */
    public ColumnElement<Boolean> whereClause() {
        return state.where;
    }

    /** The GROUP BY expressions. */
    public List<ColumnElement<?>> groupByColumns() {
        return state.groupBy;
    }

    /** The HAVING condition, or {@code null}. */
    public ColumnElement<Boolean> havingClause() {
        return state.having;
    }

    /** The ORDER BY items. */
    public List<Ordering> orderings() {
        return state.orderBy;
    }

    /** The LIMIT parameter, or {@code null}. */
    public BindParameter<Integer> limitParameter() {
        return state.limit;
    }

    /** The OFFSET parameter, or {@code null}. */
    public BindParameter<Integer> offsetParameter() {
        return state.offset;
    }

    /** Whether this is {@code SELECT DISTINCT}. */
    public boolean isDistinct() {
        return state.distinct;
    }

    /** The {@code DISTINCT ON} expressions (empty unless asked for). */
    public List<ColumnElement<?>> distinctOn() {
        return state.distinctOn;
    }

    /** The locking clause, or {@code null}. */
    public ForUpdate forUpdateClause() {
        return state.forUpdate;
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitSelect(this);
    }

    private final CacheKey.Memo cacheKey = new CacheKey.Memo();

    @Override
    public CacheKey cacheKey() {
        return cacheKey.of(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("select").append(state.columns.size());
        state.columns.forEach(column -> column.appendCacheKey(key));
        List<FromClause> froms = froms();
        key.append("from").append(froms.size()).append(state.froms.size());
        froms.forEach(from -> from.appendCacheKey(key));
        // the clauses a select may leave out: one token says which it has, then each appends itself (a
        // label and a count per absent clause made up a third of a lookup's key, and each was compared)
        key.append(bit(state.where != null, 0) | bit(!state.groupBy.isEmpty(), 1) | bit(state.having != null, 2)
                | bit(!state.orderBy.isEmpty(), 3) | bit(state.limit != null, 4) | bit(state.offset != null, 5)
                | bit(state.distinct, 6) | bit(!state.distinctOn.isEmpty(), 7) | bit(state.forUpdate != null, 8)
                | bit(!state.options.isEmpty(), 9));
        appendPresent(key, state.where);
        appendAll(key, state.groupBy);
        appendPresent(key, state.having);
        appendAll(key, state.orderBy);
        appendPresent(key, state.limit);
        appendPresent(key, state.offset);
        appendAll(key, state.distinctOn);
        appendPresent(key, state.forUpdate);
        if (!state.options.isEmpty()) {
            key.append(state.options.size());
            state.options.forEach(option -> option.appendCacheKey(key));
        }
    }

    private static int bit(boolean present, int position) {
        return present ? 1 << position : 0;
    }

    private static void appendPresent(CacheKey.Builder key, ClauseElement element) {
        if (element != null) {
            element.appendCacheKey(key);
        }
    }

    private static void appendAll(CacheKey.Builder key, List<? extends ClauseElement> elements) {
        if (!elements.isEmpty()) {
            key.append(elements.size());
            elements.forEach(element -> element.appendCacheKey(key));
        }
    }

    static void appendOptional(CacheKey.Builder key, String name, ClauseElement element) {
        key.append(name).append(element != null);
        if (element != null) {
            element.appendCacheKey(key);
        }
    }

    @SafeVarargs
    static ColumnElement<Boolean> and(ColumnElement<Boolean> existing, ColumnElement<Boolean>... more) {
        List<ColumnElement<Boolean>> all = new ArrayList<>();
        if (existing != null) {
            all.add(existing);
        }
        all.addAll(List.of(more));
        return all.isEmpty() ? existing : BooleanClauseList.of(true, all);
    }

    static String describe(FromClause from) {
        return from instanceof TableClause table ? "'" + table.name() + "'" : from.toString();
    }
}
