package dev.athanor.orm;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Select;
import dev.athanor.sql.Sql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Session#get}: an object by primary key, from the identity map without SQL when the
 * session holds it unexpired, else by {@code SELECT … WHERE pk = :pk_<attribute>}. That select
 * is built once per mapper and cached on it, then run with the key's values as parameters, so its
 * cache key and compiled SQL are reused instead of being built again on every call.
 */
final class IdentityLookup {
    private static final String KEY_PARAMETER = "pk_";

    private final TrackingSession session;

    IdentityLookup(TrackingSession session) {
        this.session = session;
    }

    /** The object with this primary key (an array or list of values for a composite key), or {@code null}. */
    <T> T get(Class<T> entityClass, Object id) {
        Mapper<T> mapper = session.registry().mapper(entityClass);
        IdentityKey key = keyOf(mapper, id);
        InstanceState held = session.identityMap().get(key);
        if (held != null && !held.expired) {
            // the identity map keys a hierarchy by its base: get(Manager.class, id) of an Engineer finds none
            return entityClass.isInstance(held.object) ? entityClass.cast(held.object) : null;
        }
        Select byKey = keySelect(mapper);
        Object found;
        if (byKey != null) {
            found = session.byKey(mapper, byKey, keyParameters(mapper, key));
        } else {
            EntityTable<T> table = EntityTable.of(entityClass);
            found = session.scalars(Sql.select(table).where(keyConditions(table, mapper, key))).first();
        }
        if (found == null) {
            return null;
        }
        InstanceState loaded = session.identityMap().get(key);
        return loaded == null || !entityClass.isInstance(loaded.object) ? null : entityClass.cast(loaded.object);
    }

    private static IdentityKey keyOf(Mapper<?> mapper, Object id) {
        Object[] given = id instanceof Object[] array ? array : id instanceof List<?> list ? list.toArray() : new Object[] {id};
        List<ColumnProperty> key = mapper.primaryKey();
        if (given.length != key.size()) {
            throw new InvalidRequestError(mapper.entityClass().getSimpleName() + " has a primary key of " + key.size()
                    + " column(s) " + key.stream().map(ColumnProperty::name).toList() + " but " + given.length
                    + " value(s) were given");
        }
        Object[] values = new Object[given.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = key.get(i).fromDatabase(given[i]);
        }
        return new IdentityKey(mapper.identityClass(), values);
    }

    /**
     * The mapper's {@code SELECT … WHERE pk = :pk_<attribute>}, built once; {@code null} for a class
     * of an inheritance hierarchy or with joined or subquery eager relationships (a subquery load
     * repeats the statement, which must then carry its values), which build their select per call.
     */
    @SuppressWarnings("unchecked")
    private static Select keySelect(Mapper<?> mapper) {
        Object cached = mapper.keySelect;
        if (cached == null) {
            boolean plain = mapper.hierarchy() == null && mapper.relationships().stream()
                    .noneMatch(r -> r.lazy() == Lazy.JOINED || r.lazy() == Lazy.SUBQUERY);
            if (plain) {
                EntityTable<?> table = EntityTable.of(mapper.entityClass());
                List<ColumnElement<Boolean>> conditions = new ArrayList<>();
                for (ColumnProperty property : mapper.primaryKey()) {
                    ColumnAttribute<?, Object> attribute = (ColumnAttribute<?, Object>) table.attribute(property.name());
                    conditions.add(attribute.eq((ColumnElement<?>) Sql.bindparam(
                            KEY_PARAMETER + property.name(), attribute.type())));
                }
                cached = Sql.select(table).where(conditions.toArray(ColumnElement[]::new));
            } else {
                cached = Boolean.FALSE;
            }
            mapper.keySelect = cached;
        }
        return cached instanceof Select select ? select : null;
    }

    private static Map<String, Object> keyParameters(Mapper<?> mapper, IdentityKey key) {
        Object[] values = key.values();
        List<ColumnProperty> primaryKey = mapper.primaryKey();
        Map<String, Object> parameters = new HashMap<>(values.length * 2);
        for (int i = 0; i < values.length; i++) {
            parameters.put(KEY_PARAMETER + primaryKey.get(i).name(), values[i]);
        }
        return parameters;
    }

    /** {@code pk1 = ? AND pk2 = ?}: the WHERE clause that selects the row of one identity. */
    @SuppressWarnings("unchecked")
    static ColumnElement<Boolean>[] keyConditions(EntityTable<?> table, Mapper<?> mapper, IdentityKey key) {
        List<ColumnElement<Boolean>> conditions = new ArrayList<>();
        Object[] values = key.values();
        for (int i = 0; i < values.length; i++) {
            conditions.add(eq(table.attribute(mapper.primaryKey().get(i).name()), values[i]));
        }
        return conditions.toArray(ColumnElement[]::new);
    }

    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> eq(ColumnAttribute<?, ?> attribute, Object value) {
        return ((ColumnAttribute<?, Object>) attribute).eq(value);
    }
}
