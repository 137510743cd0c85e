package dev.athanor.orm;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Select;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The statement an ORM select becomes once its loader options are applied, and where each object's
 * columns are in its rows. Deferred columns leave the SELECT list; each {@code JOINED}
 * relationship (by option, or by the mapping when no option says otherwise) adds
 * {@code LEFT OUTER JOIN target AS target_<n> ON …} and the alias's columns; a
 * {@code containsEager} relationship adds the columns of the target the query already joined. A
 * select without options and without joined relationships is run as it is, so its cache key
 * is unchanged.
 */
final class QueryShape {
    /** An object of each row: its mapper, its slot among the row's objects, and each property's column (-1: deferred). */
    record Entity(Mapper<?> mapper, int slot, int[] positions, LoadPlan.Node node) {
    }

    /** One item of each result row: a plain column at {@code position}, or an entity. */
    record Output(int position, Entity entity) {
    }

    /** A relationship filled from joined columns: the parent's slot and the target's columns. */
    record JoinedLoad(int parentSlot, RelationshipProperty relationship, Entity target) {
    }

    private Select statement;
    private final List<ColumnElement<?>> columns = new ArrayList<>();
    private final List<Output> outputs = new ArrayList<>();
    private final List<JoinedLoad> joined = new ArrayList<>();
    private int slots;
    private int aliases;
    private boolean changed;
    private boolean joinsCollection;
    /** The class of each entity a row loads (selected, then joined), listed once the shape is complete: asked per query. */
    private List<Mapper<?>> loadedMappers;
    private Mapper<?> firstMapper;

    private QueryShape(Select statement) {
        this.statement = statement;
    }

    static QueryShape of(Select select, List<Loader.Item> items, Function<Mapper<?>, LoadPlan.Node> roots) {
        QueryShape shape = new QueryShape(select);
        List<ColumnElement<?>> selected = select.selectedColumns();
        List<Entity> entities = new ArrayList<>();
        List<EntityTable<?>> tables = new ArrayList<>();
        for (Loader.Item item : items) {
            if (item.mapper() == null) {
                shape.columns.add(selected.get(item.offset()));
                shape.outputs.add(new Output(shape.columns.size() - 1, null));
                continue;
            }
            EntityTable<?> table = ((ColumnAttribute<?, ?>) selected.get(item.offset())).table();
            if (table.entity() != item.mapper().entityClass()) {
                // a subclass's first attribute lives in its base's table; its own table lists them all
                table = EntityTable.of(item.mapper().entityClass());
            }
            Entity entity = shape.entity(item.mapper(), table, roots.apply(item.mapper()));
            shape.outputs.add(new Output(-1, entity));
            entities.add(entity);
            tables.add(table);
        }
        for (int i = 0; i < entities.size(); i++) {
            shape.joins(entities.get(i), tables.get(i), new HashSet<>());
        }
        if (shape.changed) {
            shape.statement = shape.statement.withOnlyColumns(shape.columns.toArray(ColumnElement[]::new));
        }
        List<Mapper<?>> loaded = new ArrayList<>(entities.size() + shape.joined.size());
        entities.forEach(entity -> loaded.add(entity.mapper()));
        shape.joined.forEach(load -> loaded.add(load.target().mapper()));
        shape.loadedMappers = List.copyOf(loaded);
        shape.firstMapper = entities.isEmpty() ? null : entities.get(0).mapper();
        return shape;
    }

    /** Adds an entity's loaded columns to the SELECT list. */
    private Entity entity(Mapper<?> mapper, EntityTable<?> table, LoadPlan.Node node) {
        List<ColumnProperty> properties = mapper.columns();
        int[] positions = new int[properties.size()];
        List<? extends ColumnElement<?>> tableColumns = table.columns();
        for (ColumnProperty property : properties) {
            if (node.deferred.contains(property)) {
                positions[property.index()] = -1;
                changed = true;
            } else {
                columns.add(tableColumns.get(property.index()));
                positions[property.index()] = columns.size() - 1;
            }
        }
        return new Entity(mapper, slots++, positions, node);
    }

    /** Adds the joins (and their columns) of an entity's JOINED and containsEager relationships, then theirs. */
    private void joins(Entity parent, EntityTable<?> parentTable, Set<RelationshipProperty> path) {
        for (RelationshipProperty relationship : parent.mapper().relationships()) {
            LoaderOption.Strategy strategy = parent.node().strategy(relationship);
            if (strategy == null && relationship.lazy() == Lazy.JOINED && !path.contains(relationship)) {
                strategy = LoaderOption.Strategy.JOINED; // the mapping's default, not repeated along a cycle
            }
            if (strategy != LoaderOption.Strategy.JOINED && strategy != LoaderOption.Strategy.CONTAINS_EAGER) {
                continue;
            }
            Class<?> targetClass = relationship.target().entityClass();
            EntityTable<?> target;
            if (strategy == LoaderOption.Strategy.JOINED) {
                target = EntityTable.of(targetClass).aliased(freeAliasName(EntityTable.of(targetClass).name()));
                statement = statement.outerJoin(relationshipAttribute(parentTable, relationship, target));
            } else {
                LoadPlan.Edge edge = parent.node().edges.get(relationship);
                target = edge.alias != null ? edge.alias : EntityTable.of(targetClass);
                if (!joinsTable(statement, target)) {
                    throw new InvalidRequestError("containsEager(" + relationship.qualifiedName() + ") reads "
                            + targetClass.getSimpleName() + " from the query's joins, but the query does not join "
                            + target.name() + "; add join(" + relationship.qualifiedName().replace(".", "_.") + ")");
                }
            }
            changed = true;
            Entity loaded = entity(relationship.target(), target, parent.node().child(relationship));
            joined.add(new JoinedLoad(parent.slot(), relationship, loaded));
            joinsCollection |= relationship.isCollection();
            Set<RelationshipProperty> deeper = new HashSet<>(path);
            deeper.add(relationship);
            joins(loaded, target, deeper);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RelationshipAttribute<?, ?> relationshipAttribute(EntityTable<?> parentTable,
                                                                    RelationshipProperty relationship,
                                                                    EntityTable<?> target) {
        RelationshipAttribute attribute = new RelationshipAttribute(parentTable, relationship.name(),
                relationship.target().entityClass());
        attribute.bind(relationship);
        return attribute.of(target);
    }

    /** {@code <table>_<n>} with the first n no FROM element of the statement already uses (a user's alias may). */
    private String freeAliasName(String table) {
        Set<String> used = new HashSet<>();
        statement.froms().forEach(from -> from.tables().forEach(t -> used.add(t.name())));
        String name;
        do {
            name = table + "_" + (++aliases);
        } while (used.contains(name));
        return name;
    }

    private static boolean joinsTable(Select select, EntityTable<?> table) {
        return select.froms().stream().anyMatch(from -> from == table || from.tables().contains(table));
    }

    Select statement() {
        return statement;
    }

    List<Output> outputs() {
        return outputs;
    }

    List<JoinedLoad> joined() {
        return joined;
    }

    int slotCount() {
        return slots;
    }

    /** The class of each object one row can load: its entities and their joined targets. */
    List<Mapper<?>> loadedMappers() {
        return loadedMappers;
    }

    /** Whether a joined collection repeats parents across rows, so results need {@code unique()}. */
    boolean joinsCollection() {
        return joinsCollection;
    }

    /** The mapper of the first entity, which picks the connection. */
    Mapper<?> firstMapper() {
        return firstMapper;
    }
}
