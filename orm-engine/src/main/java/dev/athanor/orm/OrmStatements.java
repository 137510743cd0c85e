package dev.athanor.orm;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Result;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.sql.BindParameter;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Delete;
import dev.athanor.sql.Executable;
import dev.athanor.sql.Insert;
import dev.athanor.sql.Select;
import dev.athanor.sql.Sql;
import dev.athanor.sql.TableClause;
import dev.athanor.sql.Update;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs statements for a session: selects whose rows become objects, and ORM-enabled DML, that is
 * INSERT, UPDATE and DELETE whose target is a mapped class ({@code update(User.class)}).
 *
 * <p>Bulk INSERT parameters are keyed by attribute name, as the objects' fields are. After an
 * UPDATE or DELETE the objects the session holds are brought in step with the rows the statement
 * changed, per {@link SynchronizeSession}; without that, a later query would hand back objects
 * still showing the old values, because the identity map prefers what it holds. Hazard of
 * {@code FETCH}: the primary keys are selected before the statement runs, so a row another
 * transaction makes match in between is changed in the database but not in the session.
 */
final class OrmStatements {
    private final TrackingSession session;
    private final Loader loader;
    private final OrmQuery query;

    OrmStatements(TrackingSession session, Loader loader) {
        this.session = session;
        this.loader = loader;
        this.query = new OrmQuery(session, loader);
    }

    /** Every row of a select, entities through the identity map. */
    OrmQuery.Rows rows(Select select) {
        return query.rows(select);
    }

    /** Every row of a select with bind parameters given at execution. */
    OrmQuery.Rows rows(Select select, Map<String, ?> parameters) {
        return query.rows(select, parameters);
    }

    /** The first item of every row of a select (see {@link OrmQuery#scalars}). */
    OrmQuery.Rows scalars(Select select, Map<String, ?> parameters) {
        return query.scalars(select, parameters);
    }

    /** The objects of a mapper's primary-key select (see {@link OrmQuery#scalarsByKey}). */
    OrmQuery.Rows scalarsByKey(Mapper<?> mapper, Select keySelect, Map<String, ?> parameters) {
        return query.scalarsByKey(mapper, keySelect, parameters);
    }

    /** The first item of every row of a select, streamed {@code yieldPer} rows at a time (see {@link OrmQuery#stream}). */
    OrmQuery.Partitions stream(Select select, int yieldPer) {
        return query.stream(select, yieldPer);
    }

    /** Runs a statement once, synchronizing the session after an ORM-enabled UPDATE or DELETE. */
    Result execute(Executable statement, Map<String, ?> parameters, SynchronizeSession sync) {
        Mapper<?> mapper = targetMapper(statement);
        if (mapper == null) {
            return session.connection(null).execute(statement, parameters);
        }
        statement = PolymorphicSelect.bulk(statement, mapper);
        Connection connection = session.connection(mapper);
        if (statement instanceof Insert) {
            return connection.execute(statement, columnKeyed(mapper, parameters));
        }
        List<InstanceState> matched = matched(mapper, where(statement), sync, connection);
        Result result = connection.execute(statement, parameters);
        synchronize(statement, matched);
        return result;
    }

    /** Runs a statement once per parameter set: a bulk INSERT of a mapped class takes attribute names. */
    Result executeMany(Executable statement, List<? extends Map<String, ?>> parameterSets) {
        Mapper<?> mapper = targetMapper(statement);
        if (mapper == null) {
            return session.connection(null).execute(statement, parameterSets);
        }
        if (statement instanceof Update update && BulkUpdateByKey.applies(update)) {
            return BulkUpdateByKey.run(session, mapper, session.connection(mapper), parameterSets);
        }
        if (!(statement instanceof Insert)) {
            throw new InvalidRequestError("Only INSERT, and UPDATE by primary key (update(" + mapper.entityClass()
                    .getSimpleName() + ".class) with no WHERE or values), run with a list of parameter sets; run other"
                    + " UPDATEs and DELETEs once with a WHERE clause");
        }
        statement = PolymorphicSelect.bulk(statement, mapper);
        List<Map<String, ?>> keyed = new ArrayList<>();
        parameterSets.forEach(set -> keyed.add(columnKeyed(mapper, set)));
        return session.connection(mapper).execute(statement, keyed);
    }

    /** An UPDATE with {@code returning(User.class)}: the updated objects, refreshed from the returned rows. */
    List<List<Object>> updateReturning(Update update, SynchronizeSession sync) {
        Mapper<?> mapper = targetMapper(update);
        update = mapper == null ? update : PolymorphicSelect.bulk(update, mapper);
        Connection connection = session.connection(mapper);
        List<InstanceState> matched = mapper == null ? List.of() : matched(mapper, update.whereClause(), sync, connection);
        Result result = connection.execute(update);
        List<List<Object>> rows = loader.rows(update.returning(), result, true);
        synchronize(update, matched);
        return rows;
    }

    private Mapper<?> targetMapper(Executable statement) {
        TableClause table = statement instanceof Insert insert ? insert.table()
                : statement instanceof Update update ? update.table()
                : statement instanceof Delete delete ? delete.table() : null;
        return table instanceof EntityTable<?> entity && session.registry().isMapped(entity.entity())
                ? session.registry().mapper(entity.entity()) : null;
    }

    private static ColumnElement<Boolean> where(Executable statement) {
        return statement instanceof Update update ? update.whereClause()
                : statement instanceof Delete delete ? delete.whereClause() : null;
    }

    private static Map<String, Object> columnKeyed(Mapper<?> mapper, Map<String, ?> parameters) {
        Map<String, Object> keyed = new LinkedHashMap<>();
        parameters.forEach((key, value) -> {
            ColumnProperty property = mapper.columns().stream().filter(p -> p.name().equals(key)).findFirst()
                    .orElse(null);
            keyed.put(property == null ? key : property.column().name(), value);
        });
        return keyed;
    }

    /** The in-session objects of the mapper whose rows the WHERE clause matches. */
    private List<InstanceState> matched(Mapper<?> mapper, ColumnElement<Boolean> where, SynchronizeSession sync,
                                        Connection connection) {
        List<InstanceState> held = session.identityMap().values().stream()
                .filter(state -> state.mapper == mapper && !state.expired).toList();
        if (sync == SynchronizeSession.NONE || held.isEmpty()) {
            return List.of();
        }
        if (sync != SynchronizeSession.FETCH) {
            try {
                WhereEvaluator evaluator = new WhereEvaluator(mapper);
                return held.stream().filter(state -> evaluator.matches(where, state.object)).toList();
            } catch (WhereEvaluator.Unsupported e) {
                if (sync == SynchronizeSession.EVALUATE) {
                    throw new InvalidRequestError("Could not evaluate the WHERE clause '" + e.getMessage() + "' of a bulk"
                            + " statement on " + mapper.entityClass().getSimpleName() + " in Java; use"
                            + " SynchronizeSession.FETCH (or AUTO)", e);
                }
            }
        }
        return fetch(mapper, where, connection);
    }

    private List<InstanceState> fetch(Mapper<?> mapper, ColumnElement<Boolean> where, Connection connection) {
        EntityTable<?> table = EntityTable.of(mapper.entityClass());
        List<ColumnElement<?>> keyColumns = new ArrayList<>();
        mapper.primaryKey().forEach(property -> keyColumns.add(table.attribute(property.name())));
        Select select = Sql.select(keyColumns.toArray(ColumnElement[]::new));
        select = where == null ? select : select.where(where);
        Set<IdentityKey> keys = new HashSet<>();
        for (var row : connection.execute(select)) {
            Object[] values = new Object[keyColumns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = mapper.primaryKey().get(i).fromDatabase(row.get(i));
            }
            keys.add(new IdentityKey(mapper.identityClass(), values));
        }
        List<InstanceState> found = new ArrayList<>();
        keys.forEach(key -> {
            InstanceState state = session.identityMap().get(key);
            if (state != null) {
                found.add(state);
            }
        });
        return found;
    }

    /** Applies an UPDATE's plain values to the matched objects (expiring them for SQL expressions), or deletes them. */
    private void synchronize(Executable statement, List<InstanceState> matched) {
        SessionTransaction transaction = session.currentTransaction();
        for (InstanceState state : matched) {
            transaction.rememberBefore(state);
            if (statement instanceof Delete) {
                session.bulkDeleted(state);
                continue;
            }
            for (Map.Entry<ColumnClause<?>, ColumnElement<?>> set : ((Update) statement).values().entrySet()) {
                ColumnProperty property = state.mapper.columns().stream()
                        .filter(p -> p.column().name().equals(set.getKey().name())).findFirst().orElse(null);
                if (property == null) {
                    continue;
                }
                if (set.getValue() instanceof BindParameter<?> bind && !bind.required()) {
                    property.set(state.object, bind.value());
                    state.takeSnapshot(property);
                } else {
                    state.expired = true; // computed in SQL: the next load of the row brings the value
                }
            }
        }
    }
}
