package dev.athanor.orm;

import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.ExecutableOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loader options of one query resolved against the registry's mappers: per class the query
 * selects, a tree saying how each relationship along the option paths loads and which columns
 * are left out. Merging several options that share a prefix
 * ({@code selectinLoad(Author_.books).selectinLoad(Book_.tags)} and
 * {@code selectinLoad(Author_.books).defer(Book_.summary)}) gives one tree, the later option
 * winning where two set the same strategy, as in SQLAlchemy.
 */
final class LoadPlan {
    private final Map<Mapper<?>, Node> roots = new LinkedHashMap<>();

    /** The options of a statement, resolved; errors name the option and the class at fault. */
    static LoadPlan of(Registry registry, List<ExecutableOption> options) {
        LoadPlan plan = new LoadPlan();
        for (ExecutableOption option : options) {
            if (!(option instanceof LoaderOption load)) {
                continue; // another layer's option
            }
            if (!registry.isMapped(load.root())) {
                throw new ArgumentError("Loader option " + load + " starts from " + load.root().getName()
                        + ", which this session's registry does not map");
            }
            Node node = plan.root(registry.mapper(load.root()));
            for (LoaderOption.Step step : load.steps()) {
                RelationshipProperty relationship = node.mapper.relationship(step.attribute().attribute());
                Edge edge = node.edges.computeIfAbsent(relationship, r -> new Edge(new Node(r.target())));
                edge.strategy = step.strategy();
                edge.alias = step.alias();
                node = edge.child;
            }
            for (LoaderOption.ColumnOption columns : load.columnOptions()) {
                node.apply(columns);
            }
        }
        return plan;
    }

    /** The tree for a class selected at the top of the query (empty when no option names it). */
    Node root(Mapper<?> mapper) {
        return roots.computeIfAbsent(mapper, Node::new);
    }

    /** What to do with the relationships and columns of the objects of one class at one path. */
    static final class Node {
        final Mapper<?> mapper;
        final Map<RelationshipProperty, Edge> edges = new LinkedHashMap<>();
        /** Columns the query leaves out (loaded on first access). */
        final Set<ColumnProperty> deferred = new HashSet<>();
        /** Option-less nodes for relationships no option names, one per relationship so loads group by node. */
        private final Map<RelationshipProperty, Node> plain = new LinkedHashMap<>();

        Node(Mapper<?> mapper) {
            this.mapper = mapper;
        }

        /** The strategy for a relationship: the option's, else {@code null} (the mapping's applies). */
        LoaderOption.Strategy strategy(RelationshipProperty relationship) {
            Edge edge = edges.get(relationship);
            return edge == null ? null : edge.strategy;
        }

        /** The options for the objects a relationship loads (an empty tree when none). */
        Node child(RelationshipProperty relationship) {
            Edge edge = edges.get(relationship);
            return edge != null ? edge.child : plain.computeIfAbsent(relationship, r -> new Node(r.target()));
        }

        private void apply(LoaderOption.ColumnOption option) {
            if (mapper.relationships().isEmpty()) {
                // only the generated subclass (made for classes with relationships) sees column getters
                throw new ArgumentError("Cannot " + option.mode().name().toLowerCase(java.util.Locale.ROOT) + " columns of "
                        + mapper.entityClass().getName() + ": deferred columns load when their getter is called, which"
                        + " only loaded objects of classes with relationships can see; select the columns you need instead");
            }
            Set<ColumnProperty> named = new HashSet<>();
            for (ColumnAttribute<?, ?> column : option.columns()) {
                ColumnProperty property = mapper.property(column.attribute());
                if (property.isPrimaryKey() && option.mode() == LoaderOption.ColumnMode.DEFER) {
                    throw new ArgumentError("Cannot defer " + column + ": it is part of the primary key of "
                            + mapper.entityClass().getSimpleName() + ", which every load needs");
                }
                named.add(property);
            }
            switch (option.mode()) {
                case DEFER -> deferred.addAll(named);
                case UNDEFER -> deferred.removeAll(named);
                case LOAD_ONLY -> mapper.columns().stream()
                        .filter(p -> !p.isPrimaryKey() && !named.contains(p))
                        .forEach(deferred::add);
            }
        }
    }

    /** How one relationship of a node loads, and the node of the objects it loads. */
    static final class Edge {
        final Node child;
        LoaderOption.Strategy strategy;
        EntityTable<?> alias;

        Edge(Node child) {
            this.child = child;
        }
    }
}
