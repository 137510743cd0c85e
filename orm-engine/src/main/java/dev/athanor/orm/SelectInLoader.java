package dev.athanor.orm;

import dev.athanor.sql.ClauseElement;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Select;
import dev.athanor.sql.SelectItem;
import dev.athanor.sql.Sql;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SQLAlchemy's {@code selectin} and {@code subquery} strategies: once a query has loaded a batch of
 * parents, one more query loads a relationship for all of them, its rows led by the parent key
 * they belong to.
 *
 * <pre>
 * SELECTIN Author.books: SELECT book.author_id, book.id, book.title, book.author_id FROM book
 *                        WHERE book.author_id IN (?, ?, …)
 * SUBQUERY Author.books: … WHERE book.author_id IN (SELECT author.id FROM author WHERE …)
 * Post.tags (secondary): SELECT post_tag.post_id, tag.id, tag.name FROM tag
 *                        JOIN post_tag ON tag.id = post_tag.tag_id WHERE post_tag.post_id IN (?, …)
 * </pre>
 *
 * The {@code IN} list is cut into chunks the dialect accepts ({@code Dialect.maxBindParameters()}).
 * A many-to-one whose targets the session already holds sends nothing for them. The subquery form
 * repeats the statement that loaded the parents; where there is none (the parents came from
 * {@code get()} or a flush) it sends the {@code IN} list instead. Objects that did not come from a
 * query load lazily, like {@code SELECT}.
 */
final class SelectInLoader implements LoaderStrategy {
    private final TrackingSession session;
    private final OrmQuery query;
    private final LoaderStrategy lazy;
    private final boolean subquery;

    SelectInLoader(TrackingSession session, OrmQuery query, LoaderStrategy lazy, boolean subquery) {
        this.session = session;
        this.query = query;
        this.lazy = lazy;
        this.subquery = subquery;
    }

    @Override
    public void load(InstanceState state, RelationshipProperty relationship) {
        lazy.load(state, relationship);
    }

    @Override
    public void afterQuery(RelationshipProperty relationship, List<InstanceState> parents) {
        OrmQuery.Execution execution = query.current();
        Map<LoadPlan.Node, List<InstanceState>> groups = new IdentityHashMap<>();
        LoadPlan.Node none = new LoadPlan.Node(relationship.target());
        for (InstanceState parent : parents) {
            if (!parent.loaded[relationship.index()]) {
                LoadPlan.Node node = execution == null ? none : execution.childOf(parent, relationship);
                groups.computeIfAbsent(node, n -> new ArrayList<>()).add(parent);
            }
        }
        groups.forEach((node, group) -> load(relationship, group, node, execution));
    }

    private void load(RelationshipProperty relationship, List<InstanceState> parents, LoadPlan.Node node,
                      OrmQuery.Execution execution) {
        RelationshipLoader loader = session.relationshipLoader();
        Map<Object, List<InstanceState>> byKey = new LinkedHashMap<>();
        for (InstanceState parent : parents) {
            Object key = localKey(relationship, parent);
            if (key == null) {
                loader.populate(parent, relationship, relationship.isCollection() ? List.of() : null);
            } else if (!fromIdentityMap(relationship, parent)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(parent);
            }
        }
        if (byKey.isEmpty()) {
            return;
        }
        Map<Object, List<Object>> related = new HashMap<>();
        byKey.keySet().forEach(key -> related.put(key, new ArrayList<>()));
        int width = relationship.localColumns().size();
        if (subquery && execution != null && execution.streamed) {
            throw new dev.athanor.exc.InvalidRequestError("subqueryLoad(" + relationship.qualifiedName() + ") cannot"
                    + " load the objects of a streamed query (Session.stream): every partition would repeat the whole"
                    + " query; use selectinLoad");
        }
        if (subquery && execution != null) {
            collect(query.rows(statement(relationship, null, execution.statement), node), relationship, related);
        } else {
            List<Object> keys = new ArrayList<>(byKey.keySet());
            int chunk = Math.max(1, session.connection(relationship.target()).dialect().maxBindParameters() / width);
            for (int start = 0; start < keys.size(); start += chunk) {
                List<Object> part = keys.subList(start, Math.min(keys.size(), start + chunk));
                collect(query.rows(statement(relationship, part, null), node), relationship, related);
            }
        }
        // populate copies the members into each parent's own collection
        byKey.forEach((key, group) -> group.forEach(parent -> loader.populate(parent, relationship, related.get(key))));
    }

    /**
     * Adds each row's object to the list of the parent key that leads the row, once per parent: a
     * link table without a key may repeat a pair, so through a secondary table the repeat check is
     * by identity, in constant time, as a parent may have thousands of members (rows of the target
     * table alone cannot repeat). The leading key values are converted to the parent's key fields'
     * types, in which the parents' keys were collected, since a driver may read a remote column as
     * another class ({@code Long} for an {@code INTEGER}, text for a UUID).
     */
    private static void collect(OrmQuery.Rows rows, RelationshipProperty relationship, Map<Object, List<Object>> related) {
        Map<Object, Set<Object>> seen = relationship.secondary() == null ? null : new HashMap<>();
        ColumnProperty[] local = relationship.localProperties;
        int width = local.length;
        for (List<Object> row : rows.rows()) {
            Object key;
            if (width == 1) {
                key = local[0].fromDatabase(row.get(0));
            } else {
                List<Object> values = new ArrayList<>(width);
                for (int i = 0; i < width; i++) {
                    values.add(local[i].fromDatabase(row.get(i)));
                }
                key = values;
            }
            List<Object> members = related.get(key);
            Object member = row.get(width);
            if (members != null && member != null && (seen == null || seen.computeIfAbsent(key,
                    k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(member))) {
                members.add(member);
            }
        }
    }

    /**
     * The related rows of the parents whose keys are {@code keys}, or of every parent the
     * {@code source} statement selects: the remote key columns, then the target's columns.
     */
    private static Select statement(RelationshipProperty relationship, List<Object> keys, Select source) {
        EntityTable<?> target = EntityTable.of(relationship.target().entityClass());
        List<ColumnElement<?>> remote = new ArrayList<>();
        for (int i = 0; i < relationship.remoteColumns().size(); i++) {
            remote.add(relationship.secondary() != null ? relationship.remoteColumns().get(i)
                    : target.c(relationship.remoteColumns().get(i).name()));
        }
        List<SelectItem> items = new ArrayList<>(remote);
        items.add(target);
        Select select = Sql.select(items.toArray(SelectItem[]::new));
        if (relationship.secondary() != null) {
            List<ColumnElement<Boolean>> on = new ArrayList<>();
            for (int i = 0; i < relationship.targetColumns().size(); i++) {
                on.add(eq(target.c(relationship.targetColumns().get(i).name()), relationship.secondaryTargetColumns().get(i)));
            }
            select = select.selectFrom(target).join(relationship.secondary(), Sql.and(on.toArray(ColumnElement[]::new)));
        }
        select = select.where(keys != null ? in(remote, keys) : inSubquery(relationship, remote, source));
        if (!relationship.orderBy().isEmpty()) {
            List<ClauseElement> orderings = new ArrayList<>();
            for (RelationshipProperty.Order order : relationship.orderBy()) {
                ColumnElement<?> column = target.c(order.property().column().name());
                orderings.add(order.descending() ? column.desc() : column.asc());
            }
            select = select.orderBy(orderings.toArray(ClauseElement[]::new));
        }
        return select;
    }

    /** {@code remote IN (?, ?, …)}, or for a composite key {@code (a = ? AND b = ?) OR …}. */
    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> in(List<ColumnElement<?>> remote, List<Object> keys) {
        if (remote.size() == 1) {
            return ((ColumnElement<Object>) remote.get(0)).in(keys);
        }
        List<ColumnElement<Boolean>> alternatives = new ArrayList<>();
        for (Object key : keys) {
            List<?> values = (List<?>) key;
            List<ColumnElement<Boolean>> pairs = new ArrayList<>();
            for (int i = 0; i < remote.size(); i++) {
                pairs.add(eq(remote.get(i), values.get(i)));
            }
            alternatives.add(Sql.and(pairs.toArray(ColumnElement[]::new)));
        }
        return Sql.or(alternatives.toArray(ColumnElement[]::new));
    }

    /**
     * {@code remote IN (SELECT parent.key FROM … the source's FROM and WHERE)}. A source with LIMIT
     * is wrapped in a derived table first, as MySQL and MariaDB reject LIMIT directly inside IN.
     * A composite key, which not every database can compare as a row value, becomes
     * {@code EXISTS (SELECT 1 FROM (SELECT parent.k1, parent.k2 …) anon_1 WHERE anon_1.k1 = remote1 AND …)}.
     */
    private static ColumnElement<Boolean> inSubquery(RelationshipProperty relationship, List<ColumnElement<?>> remote,
                                                     Select source) {
        EntityTable<?> parent = EntityTable.of(relationship.parent().entityClass());
        if (remote.size() != 1) {
            List<ColumnElement<?>> local = new ArrayList<>();
            relationship.localColumns().forEach(column -> local.add(parent.c(column.name())));
            var derived = source.withOnlyColumns(local.toArray(ColumnElement[]::new)).subquery("anon_1");
            List<ColumnElement<Boolean>> pairs = new ArrayList<>();
            for (int i = 0; i < remote.size(); i++) {
                pairs.add(eq(derived.columns().get(i), remote.get(i)));
            }
            return Sql.exists(Sql.select(Sql.literalColumn("1")).selectFrom(derived)
                    .where(pairs.toArray(ColumnElement[]::new)));
        }
        Select keys = source.withOnlyColumns(parent.c(relationship.localColumns().get(0).name()));
        if (keys.limitParameter() != null || keys.offsetParameter() != null) {
            var derived = keys.subquery("anon_1");
            keys = Sql.select(derived.columns().get(0));
        }
        @SuppressWarnings("unchecked")
        ColumnElement<Object> column = (ColumnElement<Object>) remote.get(0);
        return column.in(keys);
    }

    /**
     * The parent's values of the local columns, as its fields hold them (and as they are bound:
     * the binders take any integral class for an integer column): the one value of a single
     * column, else a list; {@code null} when any is unset.
     */
    private static Object localKey(RelationshipProperty relationship, InstanceState parent) {
        if (relationship.localProperties.length == 1) {
            return relationship.localProperties[0].get(parent.object);
        }
        List<Object> key = new ArrayList<>(relationship.localProperties.length);
        for (ColumnProperty property : relationship.localProperties) {
            Object value = property.get(parent.object);
            if (value == null) {
                return null;
            }
            key.add(value);
        }
        return key;
    }

    /** For a many-to-one: fills the parent from the identity map when it holds the target. */
    private boolean fromIdentityMap(RelationshipProperty relationship, InstanceState parent) {
        if (relationship.kind() != RelationshipKind.MANY_TO_ONE) {
            return false;
        }
        List<ColumnProperty> primaryKey = relationship.target().primaryKey();
        List<ColumnProperty> remote = Arrays.asList(relationship.remoteProperties);
        if (!remote.equals(primaryKey)) {
            return false;
        }
        Object[] values = new Object[primaryKey.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = primaryKey.get(i).fromDatabase(relationship.localProperties[i].get(parent.object));
        }
        Mapper<?> target = relationship.target();
        // a hierarchy is keyed by its base: the object held under the key must be of the target class
        InstanceState held = session.identityMap().get(new IdentityKey(target.identityClass(), values));
        if (held == null || held.expired || !target.entityClass().isInstance(held.object)) {
            return false;
        }
        session.relationshipLoader().populate(parent, relationship, held.object);
        return true;
    }

    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> eq(ColumnElement<?> column, Object value) {
        return value instanceof ColumnElement<?> other ? column.eq(other) : ((ColumnElement<Object>) column).eq(value);
    }

}
