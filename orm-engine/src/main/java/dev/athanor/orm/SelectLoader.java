package dev.athanor.orm;

import dev.athanor.sql.ClauseElement;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Select;
import dev.athanor.sql.Sql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The default strategy, SQLAlchemy's {@code lazy="select"}: the first call of the getter sends one
 * SELECT for that object's related rows. A many-to-one whose target the identity map already holds
 * is answered from the map without SQL.
 *
 * <pre>
 * Author.books:  SELECT book.id, book.title, book.author_id FROM book WHERE book.author_id = ?
 * Post.tags:     SELECT tag.id, tag.name FROM tag JOIN post_tag ON tag.id = post_tag.tag_id WHERE post_tag.post_id = ?
 * </pre>
 */
final class SelectLoader implements LoaderStrategy {
    private static final String KEY = "lazy_key_";
    private final TrackingSession session;
    private final RelationshipLoader loader;

    SelectLoader(TrackingSession session, RelationshipLoader loader) {
        this.session = session;
        this.loader = loader;
    }

    @Override
    public void load(InstanceState state, RelationshipProperty relationship) {
        Object[] keys = RelationshipLoader.localKeys(state, relationship);
        if (keys == null) {
            // no key yet (or a null foreign key): nothing in the database can be related
            loader.populate(state, relationship, relationship.isCollection() ? List.of() : null);
            return;
        }
        if (relationship.kind() == RelationshipKind.MANY_TO_ONE) {
            InstanceState held = loader.heldTarget(relationship, keys);
            if (held != null) {
                loader.populate(state, relationship, held.object);
                return;
            }
        }
        loader.countLazyLoad(state, relationship);
        Map<String, Object> parameters = new HashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            parameters.put(KEY + i, keys[i]);
        }
        // no autoflush: it would compare every object the session holds on each lazy load, making a loop
        // over N parents O(N²) (SQLAlchemy avoids the cost with a modified set; Hibernate does not flush here)
        List<Object> related = session.noAutoflush(() -> session.scalarsWith(lazyStatement(relationship), parameters))
                .unique().all();
        loader.populate(state, relationship, related);
    }

    /**
     * The SELECT of one parent's related rows with the parent's key as bind parameters
     * ({@code lazy_key_0}, …), built once per relationship so that a lazy load neither rebuilds
     * the statement nor its cache key.
     */
    private static Select lazyStatement(RelationshipProperty relationship) {
        Select built = relationship.lazyStatement;
        if (built == null) {
            Object[] binds = new Object[relationship.remoteColumns().size()];
            for (int i = 0; i < binds.length; i++) {
                binds[i] = Sql.bindparam(KEY + i, relationship.remoteColumns().get(i).type());
            }
            built = statement(relationship, binds);
            relationship.lazyStatement = built; // a pure function of the mapping: a race builds it twice, harmlessly
        }
        return built;
    }

    /**
     * The SELECT of the related rows of one parent whose local column values are {@code keys}
     * (values, or bind parameters to fill at execution).
     */
    static Select statement(RelationshipProperty relationship, Object[] keys) {
        EntityTable<?> target = EntityTable.of(relationship.target().entityClass());
        List<ColumnElement<Boolean>> where = new ArrayList<>();
        Select select = Sql.select(target);
        if (relationship.kind() == RelationshipKind.MANY_TO_MANY) {
            List<ColumnElement<Boolean>> on = new ArrayList<>();
            for (int i = 0; i < relationship.targetProperties.length; i++) {
                on.add(target.attribute(relationship.targetProperties[i].name())
                        .eq(relationship.secondaryTargetColumns().get(i)));
            }
            select = select.join(relationship.secondary(), and(on));
            for (int i = 0; i < keys.length; i++) {
                where.add(eq(relationship.remoteColumns().get(i), keys[i]));
            }
        } else {
            for (int i = 0; i < keys.length; i++) {
                where.add(eq(target.attribute(relationship.remoteProperties[i].name()), keys[i]));
            }
        }
        select = select.where(where.toArray(ColumnElement[]::new));
        if (!relationship.orderBy().isEmpty()) {
            List<ClauseElement> orderings = new ArrayList<>();
            for (RelationshipProperty.Order order : relationship.orderBy()) {
                ColumnAttribute<?, ?> column = target.attribute(order.property().name());
                orderings.add(order.descending() ? column.desc() : column.asc());
            }
            select = select.orderBy(orderings.toArray(ClauseElement[]::new));
        }
        return select;
    }

    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> eq(ColumnElement<?> column, Object value) {
        return value instanceof ColumnElement<?> bind ? column.eq(bind) : ((ColumnElement<Object>) column).eq(value);
    }

    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> and(List<ColumnElement<Boolean>> conditions) {
        return conditions.size() == 1 ? conditions.get(0) : Sql.and(conditions.toArray(ColumnElement[]::new));
    }
}
