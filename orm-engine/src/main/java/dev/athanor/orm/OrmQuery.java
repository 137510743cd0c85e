package dev.athanor.orm;

import dev.athanor.engine.ExecutionOptions;
import dev.athanor.engine.Result;
import dev.athanor.engine.Row;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.ExecutableOption;
import dev.athanor.sql.Select;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs an ORM select with its loader options: rewrites it for what must come in the same
 * statement (deferred columns left out, {@code JOINED} relationships added as LEFT OUTER JOINs to
 * aliases of their targets, {@code containsEager} targets read from the joins the query has),
 * turns the rows into objects, fills the joined relationships, and then lets each relationship's
 * strategy see the objects loaded, where {@code SELECTIN} and {@code SUBQUERY} send their queries.
 *
 * <p>While the strategies run, the query that loaded their parents is the top of a stack, so a
 * strategy finds the options for the next level ({@link #current()}) and, for {@code SUBQUERY},
 * the statement to repeat. Hazard: a joined collection multiplies the parent's rows, so
 * {@code LIMIT} counts joined rows, not parents; use {@code selectinLoad} with paging.
 */
final class OrmQuery {
    private final TrackingSession session;
    private final Loader loader;
    private final Deque<Execution> running = new ArrayDeque<>();
    private boolean installed;
    /** Objects created or refreshed from rows so far: a joined member whose row raised it was created by that row. */
    private long loadedCount;

    OrmQuery(TrackingSession session, Loader loader) {
        this.session = session;
        this.loader = loader;
    }

    /**
     * What a query returned: its rows, or for {@code scalars()} only each row's first item, and
     * whether the rows repeat parents (a joined collection).
     */
    record Rows(List<List<Object>> rows, boolean requiresUnique, List<Object> scalars) {
    }

    /** The query whose objects the strategies are looking at: its options per object, its statement. */
    static final class Execution {
        final Select statement;
        /** Whether the objects come from a streamed query, one partition at a time. */
        final boolean streamed;
        /** The options of each object that has some; made on first use, as most queries have none. */
        private Map<InstanceState, LoadPlan.Node> nodes;
        private Map<RelationshipProperty, LoadPlan.Node> plain;

        Execution(Select statement, boolean streamed) {
            this.statement = statement;
            this.streamed = streamed;
        }

        /** The options that apply to the objects {@code relationship} loads for {@code parent}. */
        LoadPlan.Node childOf(InstanceState parent, RelationshipProperty relationship) {
            LoadPlan.Node node = nodes == null ? null : nodes.get(parent);
            if (node != null) {
                return node.child(relationship);
            }
            if (plain == null) {
                plain = new IdentityHashMap<>();
            }
            return plain.computeIfAbsent(relationship, r -> new LoadPlan.Node(r.target()));
        }

        /** Records the options an object loaded by this query takes. */
        void options(InstanceState state, LoadPlan.Node node) {
            if (nodes == null) {
                nodes = new IdentityHashMap<>();
            }
            nodes.put(state, node);
        }
    }

    /**
     * What a select becomes before any row is read: its shape (options applied), its polymorphic
     * form, and where each entity's subclass columns are. Not changed once made, so the primary-key
     * select of {@code Session.get}, which has no options, keeps one on its mapper for every session.
     */
    record Prepared(Select select, QueryShape shape, PolymorphicSelect polymorphic,
                    Map<ColumnProperty, Integer>[] subclassColumns) {
        @SuppressWarnings("unchecked")
        static Prepared of(Select select, Loader loader, Registry registry, Function<Mapper<?>, LoadPlan.Node> roots) {
            QueryShape shape = QueryShape.of(select, loader.items(select.selectedColumns()), roots);
            // classes of an inheritance hierarchy load with their subclasses' columns in the same statement
            Select statement = shape.statement();
            PolymorphicSelect polymorphic = PolymorphicSelect.of(statement, loader.items(statement.selectedColumns()),
                    registry);
            // an entity's item starts at its first column; a polymorphic select appended its subclass columns
            List<QueryShape.Output> outputs = shape.outputs();
            Map<ColumnProperty, Integer>[] subclassColumns = new Map[outputs.size()];
            for (int i = 0; i < outputs.size(); i++) {
                QueryShape.Entity entity = outputs.get(i).entity();
                subclassColumns[i] = entity == null ? Map.of()
                        : polymorphic.extras().getOrDefault(entity.positions()[0], Map.of());
            }
            return new Prepared(select, shape, polymorphic, subclassColumns);
        }

        /**
         * This prepared query for {@code other}, a select of the same cache key, or {@code null} when
         * it cannot serve: it must have run as written (no joined eager load or subclass columns
         * added, so that {@code other} itself is what runs) and select the very same columns (a
         * cache key compares columns by name, table and type, while what the loader makes of a
         * column depends on which object it is: an entity's attribute, or a plain column).
         */
        Prepared reusedFor(Select other) {
            if (polymorphic.statement() != select || !polymorphic.extras().isEmpty()) {
                return null;
            }
            List<ColumnElement<?>> mine = select.selectedColumns();
            List<ColumnElement<?>> theirs = other.selectedColumns();
            if (mine.size() != theirs.size()) {
                return null;
            }
            for (int i = 0; i < mine.size(); i++) {
                if (mine.get(i) != theirs.get(i)) {
                    return null;
                }
            }
            return new Prepared(other, shape, new PolymorphicSelect(other, Map.of()), subclassColumns);
        }
    }

    /** Every row of a user's select, its options applied to the classes it selects. */
    Rows rows(Select select) {
        return rows(select, Map.of());
    }

    /** {@link #rows(Select)} with bind parameters given at execution. */
    Rows rows(Select select, Map<String, ?> parameters) {
        LoadPlan plan = LoadPlan.of(session.registry(), select.executableOptions());
        return run(select, plan::root, parameters, false);
    }

    /**
     * The first item of every row, for {@code scalars()}: collected straight into
     * {@link Rows#scalars()}, without a list per row ({@link Rows#rows()} is then empty).
     */
    Rows scalars(Select select, Map<String, ?> parameters) {
        LoadPlan plan = LoadPlan.of(session.registry(), select.executableOptions());
        return run(select, plan::root, parameters, true);
    }

    /**
     * {@link Prepared#of} of a select without loader options through the registry's cache: a
     * select built per call (SQLAlchemy's way of writing a lookup) prepared its shape every time.
     * With options the shape takes them, and is prepared afresh.
     */
    private Prepared prepare(Select select, Function<Mapper<?>, LoadPlan.Node> roots) {
        for (ExecutableOption option : select.executableOptions()) {
            if (option instanceof LoaderOption) {
                return Prepared.of(select, loader, session.registry(), roots);
            }
        }
        Prepared cached = session.registry().preparedQueries().get(select.cacheKey(),
                key -> Prepared.of(select, loader, session.registry(), new LoadPlan()::root));
        if (cached.select() == select) {
            return cached;
        }
        Prepared reused = cached.reusedFor(select);
        return reused != null ? reused : Prepared.of(select, loader, session.registry(), roots);
    }

    /**
     * {@link #scalars} of a mapper's primary-key select ({@code Session.get}): prepared once and kept on
     * the mapper, as the select itself is, since a lookup per request built its shape every time.
     */
    Rows scalarsByKey(Mapper<?> mapper, Select keySelect, Map<String, ?> parameters) {
        Prepared prepared = mapper.keyQuery;
        if (prepared == null || prepared.select() != keySelect) {
            prepared = Prepared.of(keySelect, loader, session.registry(), new LoadPlan()::root);
            mapper.keyQuery = prepared;
        }
        return run(prepared, parameters, true);
    }

    /** Every row of a select whose top-level objects take the options of {@code node}'s class (a strategy's query). */
    Rows rows(Select select, LoadPlan.Node node) {
        LoadPlan plan = new LoadPlan();
        Function<Mapper<?>, LoadPlan.Node> roots = mapper -> mapper == node.mapper ? node : plan.root(mapper);
        return run(Prepared.of(select, loader, session.registry(), roots), Map.of(), false);
    }

    /** The query whose objects are being loaded right now, or {@code null}. */
    Execution current() {
        return running.peek();
    }

    private Rows run(Select select, Function<Mapper<?>, LoadPlan.Node> roots,
                     Map<String, ?> parameters, boolean scalars) {
        return run(prepare(select, roots), parameters, scalars);
    }

    private Rows run(Prepared prepared, Map<String, ?> parameters, boolean scalars) {
        Batch batch = new Batch(prepared, scalars, false);
        Result result = batch.execute(parameters, ExecutionOptions.DEFAULTS);
        session.objects().reserve(batch.prepared.shape().loadedMappers(), result.bufferedRowCount());
        // the loader keeps no row: a buffered result hands its rows over through one Row
        result.forEachRow(Integer.MAX_VALUE, batch::add);
        return batch.finish();
    }

    /**
     * The objects of a select {@code yieldPer} rows at a time, read from a server-side cursor: each
     * partition is loaded and its eager strategies run before the next rows are fetched.
     */
    Partitions stream(Select select, int yieldPer) {
        LoadPlan plan = LoadPlan.of(session.registry(), select.executableOptions());
        Batch batch = new Batch(prepare(select, plan::root), true, true);
        if (batch.prepared.shape().joinsCollection()) {
            throw new InvalidRequestError("A streamed query (Session.stream) cannot joined-eager-load a collection:"
                    + " a parent's rows could fall into two partitions; use selectinLoad");
        }
        Result result = batch.execute(Map.of(), ExecutionOptions.yieldPer(yieldPer));
        return new Partitions(batch, result, yieldPer);
    }

    /** The partitions of a streamed query, read one at a time; {@link #close()} closes the cursor. */
    static final class Partitions implements AutoCloseable {
        private final Batch batch;
        private final Result result;
        private final int yieldPer;
        private final Consumer<Row> load;

        private Partitions(Batch batch, Result result, int yieldPer) {
            this.batch = batch;
            this.result = result;
            this.yieldPer = yieldPer;
            this.load = batch::add;
        }

        /** The first item of each row of the next partition, or {@code null} when the rows ran out. */
        List<Object> next() {
            // the loader keeps no row: the cursor reads each into the same one
            if (result.forEachRow(yieldPer, load) == 0) {
                return null;
            }
            return batch.finish().scalars();
        }

        @Override
        public void close() {
            result.close();
        }
    }

    /**
     * Turns rows into objects for one query: its shape, and what the rows read since the last
     * {@link #finish()} loaded (objects per class, joined members, the values of each row), which
     * {@code finish()} hands to the relationship strategies. A streamed query finishes once per partition.
     */
    private final class Batch {
        private final Prepared prepared;
        private final boolean scalars;
        private final boolean streamed;
        private Execution execution;
        private Map<Mapper<?>, List<InstanceState>> populated;
        private JoinedCollector joined;
        private List<List<Object>> rows;
        private List<Object> firsts;
        /** Per output (null for a plain column) and per joined load: what each object loaded there takes. */
        private final Populator[] outputPopulators;
        private final Populator[] joinedPopulators;

        Batch(Prepared prepared, boolean scalars, boolean streamed) {
            install();
            this.prepared = prepared;
            this.scalars = scalars;
            this.streamed = streamed;
            List<QueryShape.Output> outputs = prepared.shape().outputs();
            this.outputPopulators = new Populator[outputs.size()];
            for (int i = 0; i < outputs.size(); i++) {
                QueryShape.Entity entity = outputs.get(i).entity();
                outputPopulators[i] = entity == null ? null : new Populator(entity);
            }
            List<QueryShape.JoinedLoad> joinedLoads = prepared.shape().joined();
            this.joinedPopulators = new Populator[joinedLoads.size()];
            for (int i = 0; i < joinedLoads.size(); i++) {
                joinedPopulators[i] = new Populator(joinedLoads.get(i).target());
            }
            reset();
        }

        Result execute(Map<String, ?> parameters, ExecutionOptions options) {
            return session.connection(prepared.shape().firstMapper()).execute(prepared.polymorphic().statement(), parameters, options);
        }

        private void reset() {
            execution = new Execution(prepared.select(), streamed);
            populated = new LinkedHashMap<>();
            joined = prepared.shape().joined().isEmpty() ? null : new JoinedCollector();
            // a streamed query's partitions are alike: each list starts as long as the one before ended
            rows = scalars ? List.of() : new ArrayList<>(rows == null ? 10 : Math.max(10, rows.size()));
            firsts = scalars ? new ArrayList<>(firsts == null ? 10 : Math.max(10, firsts.size())) : null;
        }

        void add(Row row) {
            // indexed loops: this runs once per row, and an iterator per loop per row shows in allocation profiles
            List<QueryShape.Output> outputs = prepared.shape().outputs();
            List<QueryShape.JoinedLoad> joinedLoads = prepared.shape().joined();
            Object[] slots = joinedLoads.isEmpty() ? null : new Object[prepared.shape().slotCount()];
            List<Object> values = scalars ? null : new ArrayList<>(outputs.size());
            Object first = null;
            for (int i = 0, n = outputs.size(); i < n; i++) {
                QueryShape.Output output = outputs.get(i);
                Object value;
                if (output.entity() == null) {
                    value = row.get(output.position());
                } else {
                    value = load(outputPopulators[i], prepared.subclassColumns()[i], row);
                    if (slots != null) {
                        slots[output.entity().slot()] = value;
                    }
                }
                if (i == 0) {
                    first = value;
                }
                if (values != null) {
                    values.add(value);
                }
            }
            for (int i = 0, n = joinedLoads.size(); i < n; i++) {
                QueryShape.JoinedLoad load = joinedLoads.get(i);
                Object parent = slots[load.parentSlot()];
                long before = loadedCount;
                Object child = load(joinedPopulators[i], Map.of(), row);
                slots[load.target().slot()] = child;
                if (parent != null) {
                    joined.add(load.relationship(), parent, child, loadedCount != before);
                }
            }
            if (scalars) {
                firsts.add(first);
            } else {
                rows.add(Collections.unmodifiableList(values));
            }
        }

        private Object load(Populator populator, Map<ColumnProperty, Integer> subclassColumns, Row row) {
            QueryShape.Entity entity = populator.entity;
            return loader.instance(entity.mapper(), row, entity.positions(), subclassColumns, false, populator);
        }

        /**
         * What an object created or refreshed from one entity's columns takes: the node's options,
         * and a place among the objects the strategies look at. One per entity of the query, not a
         * lambda per row.
         */
        private final class Populator implements Consumer<InstanceState> {
            private final QueryShape.Entity entity;
            private final LoadPlan.Node node;
            /** Whether the strategies look at these objects: lazily loaded relationships have nothing to do after the query. */
            private final boolean eager;

            Populator(QueryShape.Entity entity) {
                this.entity = entity;
                this.node = entity.node();
                this.eager = !node.edges.isEmpty() || entity.mapper().loadsEagerlyByDefault();
            }

            @Override
            public void accept(InstanceState state) {
                loadedCount++;
                if (!node.edges.isEmpty()) {
                    // an object without an entry gets option-less nodes for its relationships (Execution.childOf)
                    execution.options(state, node);
                    node.edges.forEach((relationship, edge) -> {
                        if (state.strategies == null) {
                            state.strategies = new Lazy[state.mapper.relationships().size()];
                        }
                        state.strategies[relationship.index()] = edge.strategy.lazy();
                    });
                }
                if (!node.deferred.isEmpty()) {
                    state.deferColumns(node.deferred);
                }
                // a query of 100k children grouped them all by strategy to find nothing
                if (eager || state.mapper.loadsEagerlyByDefault()) {
                    populated.computeIfAbsent(entity.mapper(), m -> new ArrayList<>()).add(state);
                }
            }
        }

        /** Fills the joined relationships, runs the strategies on the objects loaded, and starts afresh. */
        Rows finish() {
            if (joined != null) {
                joined.populate(session, populated);
            }
            running.push(execution);
            try {
                populated.forEach((mapper, states) -> session.relationshipLoader().afterQuery(mapper, states));
            } finally {
                running.pop();
            }
            Rows done = new Rows(rows, prepared.shape().joinsCollection(), firsts);
            reset();
            return done;
        }
    }

    /** Registers the eager strategies with the session's relationship loader, once. */
    private void install() {
        if (!installed) {
            installed = true;
            RelationshipLoader relationships = session.relationshipLoader();
            LoaderStrategy lazy = relationships.strategy(Lazy.SELECT);
            relationships.register(Lazy.SELECTIN, new SelectInLoader(session, this, lazy, false));
            relationships.register(Lazy.SUBQUERY, new SelectInLoader(session, this, lazy, true));
            relationships.register(Lazy.WRITE_ONLY, WriteOnlyCollection.strategy());
        }
    }

    /**
     * The members each parent's joined relationship received, in row order, without repeats (a
     * parent row repeats with every row another joined collection multiplies it by).
     */
    private static final class JoinedCollector {
        private final Map<RelationshipProperty, Map<Object, Members>> members = new LinkedHashMap<>();

        /**
         * One parent's members in row order. A member its row created cannot be among them yet; only
         * a member seen before (a repeated row, or an object the session already held) is looked up,
         * in an identity set made from the list the first time one is.
         */
        private static final class Members {
            final List<Object> list = new ArrayList<>();
            private Set<Object> seen;

            void add(Object member, boolean created) {
                if (seen == null && !created) {
                    seen = Collections.newSetFromMap(new IdentityHashMap<>());
                    seen.addAll(list);
                }
                if (seen == null || seen.add(member)) {
                    list.add(member);
                }
            }
        }

        /** Adds {@code child} ({@code created}: by this row) to the parent's members; a {@code null} child only makes the list. */
        void add(RelationshipProperty relationship, Object parent, Object child, boolean created) {
            Members found = members.computeIfAbsent(relationship, r -> new IdentityHashMap<>())
                    .computeIfAbsent(parent, p -> new Members());
            if (child != null) {
                found.add(child, created);
            }
        }

        /** Stores what was joined into parents loaded now, or whose attribute was not loaded yet. */
        void populate(TrackingSession session, Map<Mapper<?>, List<InstanceState>> populated) {
            members.forEach((relationship, byParent) -> {
                // only groups that may hold parents (a group is keyed by the selected class, which may be a
                // base of the parent's): the members loaded now may be a hundred times as many
                Set<InstanceState> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
                Class<?> parentClass = relationship.parent().entityClass();
                populated.forEach((mapper, states) -> {
                    if (parentClass.isAssignableFrom(mapper.entityClass())
                            || mapper.entityClass().isAssignableFrom(parentClass)) {
                        fresh.addAll(states);
                    }
                });
                byParent.forEach((parent, children) -> {
                    InstanceState state = session.trackedState(parent);
                    if (state != null && (fresh.contains(state) || !state.loaded[relationship.index()])) {
                        session.relationshipLoader().populate(state, relationship, children.list);
                    }
                });
            });
        }
    }

    static InvalidRequestError uniqueRequired() {
        return new InvalidRequestError("The unique() method must be called on this result, as it contains rows that"
                + " include joined eager loads against collections (joinedLoad); call scalars(…).unique().all(), or use"
                + " selectinLoad");
    }
}
