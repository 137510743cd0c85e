package dev.athanor.orm;

import static dev.athanor.sql.Sql.and;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Result;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.exc.StaleDataError;
import dev.athanor.schema.Column;
import dev.athanor.schema.ColumnDefault;
import dev.athanor.sql.BindParameter;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Executable;
import dev.athanor.sql.Insert;
import dev.athanor.sql.Sql;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends one mapper's rows of a flush as Core statements: rows that share a column list go as one
 * JDBC batch; rows whose key the database generates go as multi-row {@code INSERT … RETURNING},
 * chunked to the dialect's bind-parameter limit; versioned rows are updated and deleted one at a
 * time so each row count can be checked.
 */
final class Persistence {
    private final TrackingSession session;

    Persistence(TrackingSession session) {
        this.session = session;
    }

    void insert(Mapper<?> mapper, List<InstanceState> rows) {
        Connection connection = session.connection(mapper);
        Column<?> generated = mapper.table().autoincrementColumn().orElse(null);
        ColumnProperty generatedProperty = generated == null ? null
                : mapper.columns().stream().filter(p -> p.column() == generated).findFirst().orElseThrow();
        ColumnProperty version = mapper.version();
        Map<List<Column<?>>, List<InstanceState>> plain = new LinkedHashMap<>();
        Map<List<Column<?>>, List<InstanceState>> keyed = new LinkedHashMap<>();
        Map<InstanceState, Map<String, Object>> values = new LinkedHashMap<>();
        for (InstanceState row : rows) {
            fire(mapper, l -> l.beforeInsert(mapper, connection, row.object));
            if (version != null) {
                version.set(row.object, 1);
            }
            Map<String, Object> params = new LinkedHashMap<>();
            List<Column<?>> columns = new ArrayList<>();
            for (ColumnProperty property : mapper.columns()) {
                Column<?> column = property.column();
                Object value = property.get(row.object);
                if (value == null && column.defaultValue() != null) {
                    value = defaultFor(property, column.defaultValue());
                    property.set(row.object, value);
                }
                if (value == null && (property == generatedProperty || column.serverDefault() != null)) {
                    continue; // the database fills it in
                }
                columns.add(column);
                params.put(column.name(), value);
            }
            values.put(row, params);
            boolean needsKey = generatedProperty != null && generatedProperty.get(row.object) == null;
            (needsKey ? keyed : plain).computeIfAbsent(columns, c -> new ArrayList<>()).add(row);
        }
        plain.forEach((columns, group) -> {
            if (columns.isEmpty()) {
                // every column left to the database: INSERT … DEFAULT VALUES, one statement per row
                Insert statement = Sql.insert(mapper.table());
                group.forEach(row -> connection.execute(statement));
            } else {
                connection.execute(insertOf(mapper, columns), group.stream().map(values::get).toList());
            }
        });
        keyed.forEach((columns, group) -> insertReturningKeys(connection, mapper, columns, group, values,
                generatedProperty));
        if (mapper.eagerDefaults()) {
            ServerDefaults.fetch(connection, mapper, rows);
        }
        for (InstanceState row : rows) {
            fire(mapper, l -> l.afterInsert(mapper, connection, row.object));
        }
    }

    private static Object defaultFor(ColumnProperty property, ColumnDefault columnDefault) {
        return property.fromDatabase(columnDefault.value());
    }

    private static Insert insertOf(Mapper<?> mapper, List<Column<?>> columns) {
        Map<Object, Object> binds = new LinkedHashMap<>();
        for (Column<?> column : columns) {
            binds.put(column, BindParameter.required(column.name(), column.type()));
        }
        return Sql.insert(mapper.table()).values(binds);
    }

    /**
     * Inserts rows whose key the database generates and reads the keys back: as one executemany
     * of {@code INSERT … RETURNING key}, which the engine sends as a few multi-row statements
     * (insertmanyvalues), or as a JDBC batch read through {@code getGeneratedKeys()} where the
     * dialect has no RETURNING. Identity values within one statement increase in row order on
     * every supported database, so the returned keys are sorted and matched to the rows in order.
     */
    private void insertReturningKeys(Connection connection, Mapper<?> mapper, List<Column<?>> columns,
                                     List<InstanceState> rows, Map<InstanceState, Map<String, Object>> values,
                                     ColumnProperty key) {
        List<Object> keys = new ArrayList<>();
        if (columns.isEmpty()) {
            // INSERT … DEFAULT VALUES has no VALUES row to repeat: one statement per row
            Insert statement = Sql.insert(mapper.table()).returning(key.column());
            for (int i = 0; i < rows.size(); i++) {
                keys.addAll(connection.execute(statement).scalars().all());
            }
        } else {
            List<Map<String, Object>> parameterSets = rows.stream().map(values::get).toList();
            keys.addAll(connection.execute(insertOf(mapper, columns).returning(key.column()), parameterSets)
                    .scalars().all());
        }
        if (keys.size() != rows.size()) {
            throw new StaleDataError("INSERT into table '" + mapper.table().name() + "' returned " + keys.size()
                    + " key(s) for " + rows.size() + " row(s)");
        }
        keys.sort(Comparator.comparing(k -> new java.math.BigDecimal(k.toString())));
        for (int i = 0; i < rows.size(); i++) {
            key.load(rows.get(i).object, keys.get(i));
        }
    }

    void update(Mapper<?> mapper, List<InstanceState> rows) {
        Connection connection = session.connection(mapper);
        ColumnProperty version = mapper.version();
        Map<List<ColumnProperty>, List<Map<String, Object>>> batches = new LinkedHashMap<>();
        for (InstanceState row : rows) {
            fire(mapper, l -> l.beforeUpdate(mapper, connection, row.object));
            List<ColumnProperty> changed = row.modified(); // a list of its own, in column order
            for (ColumnProperty property : mapper.columns()) {
                ColumnDefault onUpdate = property.column().onUpdate();
                if (onUpdate != null && !changed.contains(property)) {
                    property.set(row.object, property.fromDatabase(onUpdate.value()));
                    changed.add(property);
                }
            }
            if (changed.isEmpty()) {
                continue; // a beforeUpdate listener put the old values back
            }
            Map<String, Object> params = new LinkedHashMap<>();
            for (ColumnProperty property : changed) {
                params.put(property.column().name(), property.get(row.object));
            }
            keyParams(mapper, row, params);
            if (version != null) {
                Object current = row.committedValue(version);
                long next = ((Number) current).longValue() + 1;
                version.set(row.object, version.fromDatabase(next));
                params.put(version.column().name(), version.get(row.object));
                params.put("v_" + version.column().name(), current);
                List<ColumnProperty> set = new ArrayList<>(changed);
                set.add(version);
                expectRows(connection.execute(updateOf(mapper, set, true), params), 1, "UPDATE", mapper);
            } else {
                batches.computeIfAbsent(changed, c -> new ArrayList<>()).add(params);
            }
        }
        batches.forEach((set, params) -> expectRows(connection.execute(updateOf(mapper, set, false), params),
                params.size(), "UPDATE", mapper));
        for (InstanceState row : rows) {
            fire(mapper, l -> l.afterUpdate(mapper, connection, row.object));
        }
    }

    /**
     * The UPDATE of these columns by key (and version), built once per mapper and set of columns: a
     * statement built anew for every flush paid its construction and its compile-cache key each time.
     */
    private static Executable updateOf(Mapper<?> mapper, List<ColumnProperty> set, boolean versioned) {
        return mapper.updateStatements.computeIfAbsent(List.of(versioned, List.copyOf(set)),
                key -> buildUpdate(mapper, set, versioned));
    }

    private static Executable buildUpdate(Mapper<?> mapper, List<ColumnProperty> set, boolean versioned) {
        Map<Object, Object> binds = new LinkedHashMap<>();
        for (ColumnProperty property : mapper.columns()) {
            if (set.contains(property)) {
                Column<?> column = property.column();
                binds.put(column, BindParameter.required(column.name(), column.type()));
            }
        }
        return Sql.update(mapper.table()).values(binds).where(keyCondition(mapper, versioned));
    }

    void delete(Mapper<?> mapper, List<InstanceState> rows) {
        Connection connection = session.connection(mapper);
        ColumnProperty version = mapper.version();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (InstanceState row : rows) {
            fire(mapper, l -> l.beforeDelete(mapper, connection, row.object));
            Map<String, Object> params = new LinkedHashMap<>();
            keyParams(mapper, row, params);
            if (version != null) {
                params.put("v_" + version.column().name(), row.committedValue(version));
                expectRows(connection.execute(Sql.delete(mapper.table()).where(keyCondition(mapper, true)), params), 1,
                        "DELETE", mapper);
            } else {
                batch.add(params);
            }
        }
        if (!batch.isEmpty()) {
            expectRows(connection.execute(Sql.delete(mapper.table()).where(keyCondition(mapper, false)), batch),
                    batch.size(), "DELETE", mapper);
        }
        for (InstanceState row : rows) {
            fire(mapper, l -> l.afterDelete(mapper, connection, row.object));
        }
    }

    /** The key the row had when loaded: an UPDATE that changes the key still finds its row. */
    private static void keyParams(Mapper<?> mapper, InstanceState row, Map<String, Object> params) {
        for (ColumnProperty property : mapper.primaryKey()) {
            params.put("pk_" + property.column().name(), row.committedValue(property));
        }
    }

    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> keyCondition(Mapper<?> mapper, boolean versioned) {
        List<ColumnElement<Boolean>> conditions = new ArrayList<>();
        for (ColumnProperty property : mapper.primaryKey()) {
            Column<?> column = property.column();
            conditions.add(column.eq(BindParameter.required("pk_" + column.name(), column.type())));
        }
        if (versioned) {
            Column<?> column = mapper.version().column();
            conditions.add(column.eq(BindParameter.required("v_" + column.name(), column.type())));
        }
        return conditions.size() == 1 ? conditions.get(0) : and(conditions.toArray(ColumnElement[]::new));
    }

    private static void expectRows(Result result, int expected, String statement, Mapper<?> mapper) {
        long matched = result.rowCount();
        if (matched >= 0 && matched != expected) {
            throw new StaleDataError(statement + " statement on table '" + mapper.table().name() + "' expected to "
                    + (statement.equals("UPDATE") ? "update" : "delete") + " " + expected + " row(s); " + matched
                    + " were matched");
        }
    }

    private static void fire(Mapper<?> mapper, java.util.function.Consumer<MapperListener<Object>> event) {
        if (!mapper.listeners().isEmpty()) {
            mapper.listeners().fire(event);
        }
    }
}
