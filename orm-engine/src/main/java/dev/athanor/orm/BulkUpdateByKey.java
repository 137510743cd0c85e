package dev.athanor.orm;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Result;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Sql;
import dev.athanor.sql.Update;
import dev.athanor.types.SqlType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ORM bulk UPDATE by primary key, SQLAlchemy 2.0's {@code session.execute(update(User), [{"id": 1,
 * "email": …}, …])} (the former {@code bulk_update_mappings}): every parameter set names the primary
 * key and the attributes to change; sets that change the same attributes go as one JDBC batch of
 * {@code UPDATE … SET … WHERE pk = ?}. Objects the session holds with those keys take the new values,
 * so a later query does not hand back the old ones from the identity map.
 */
final class BulkUpdateByKey {
    private static final String BIND_PREFIX = "bulk_";

    private BulkUpdateByKey() {
    }

    /** Whether an UPDATE with a list of parameter sets means this: no WHERE and no SET of its own. */
    static boolean applies(Update update) {
        return update.whereClause() == null && update.values().isEmpty();
    }

    static Result run(TrackingSession session, Mapper<?> mapper, Connection connection,
                      List<? extends Map<String, ?>> parameterSets) {
        List<ColumnProperty> key = mapper.primaryKey();
        Map<Set<String>, List<Map<String, Object>>> batches = new LinkedHashMap<>();
        for (Map<String, ?> set : parameterSets) {
            for (ColumnProperty property : key) {
                if (set.get(property.name()) == null) {
                    throw new InvalidRequestError("A bulk UPDATE of " + mapper.entityClass().getSimpleName() + " by primary"
                            + " key needs '" + property.name() + "' in every parameter set; one has " + set.keySet());
                }
            }
            Map<String, Object> bound = new LinkedHashMap<>();
            set.forEach((attribute, value) -> bound.put(BIND_PREFIX + attribute, value));
            batches.computeIfAbsent(new LinkedHashSet<>(set.keySet()), k -> new ArrayList<>()).add(bound);
        }
        Result result = null;
        for (Map.Entry<Set<String>, List<Map<String, Object>>> batch : batches.entrySet()) {
            result = connection.execute(statement(mapper, batch.getKey()), batch.getValue());
        }
        synchronize(session, mapper, parameterSets);
        return result;
    }

    @SuppressWarnings("unchecked") // a property's column type is its attribute's type
    private static Update statement(Mapper<?> mapper, Set<String> attributes) {
        EntityTable<?> table = EntityTable.of(mapper.entityClass());
        List<ColumnElement<Boolean>> where = new ArrayList<>();
        Map<ColumnAttribute<?, Object>, ColumnElement<Object>> set = new LinkedHashMap<>();
        for (String attribute : attributes) {
            ColumnProperty property = mapper.property(attribute);
            ColumnAttribute<?, Object> column = table.attribute(attribute);
            ColumnElement<Object> bind = Sql.bindparam(BIND_PREFIX + attribute, (SqlType<Object>) property.column().type());
            if (property.isPrimaryKey()) {
                where.add(column.eq(bind));
            } else {
                set.put(column, bind);
            }
        }
        if (set.isEmpty()) {
            throw new InvalidRequestError("A bulk UPDATE of " + mapper.entityClass().getSimpleName() + " by primary key"
                    + " has nothing to set: the parameter sets name only " + attributes);
        }
        return Sql.update(mapper.entityClass()).values(set).where(where.toArray(ColumnElement[]::new));
    }

    private static void synchronize(TrackingSession session, Mapper<?> mapper, List<? extends Map<String, ?>> sets) {
        List<ColumnProperty> key = mapper.primaryKey();
        for (Map<String, ?> set : sets) {
            Object[] values = key.stream().map(property -> set.get(property.name())).toArray();
            InstanceState state = session.identityMap().get(new IdentityKey(mapper.identityClass(), values));
            if (state == null || state.expired) {
                continue;
            }
            session.currentTransaction().rememberBefore(state);
            set.forEach((attribute, value) -> {
                ColumnProperty property = mapper.property(attribute);
                if (!property.isPrimaryKey()) {
                    property.set(state.object, value);
                    state.takeSnapshot(property);
                }
            });
        }
    }
}
