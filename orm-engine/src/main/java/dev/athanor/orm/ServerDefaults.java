package dev.athanor.orm;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Row;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Select;
import dev.athanor.sql.Sql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back, right after a flush's INSERTs, the column values the database filled in from
 * server defaults, for mappers with {@code @Table(eagerDefaults = true)}: one
 * {@code SELECT key, columns … WHERE key IN (…)} per chunk of rows, the same on every dialect
 * (RETURNING would save the statement where it exists, but not on MySQL, and a flush that
 * behaves one way everywhere is easier to reason about).
 */
final class ServerDefaults {
    private ServerDefaults() {
    }

    /** Fills in the server-default columns left {@code null} in the just-inserted rows. */
    static void fetch(Connection connection, Mapper<?> mapper, List<InstanceState> rows) {
        List<ColumnProperty> defaulted = mapper.columns().stream()
                .filter(p -> p.column().serverDefault() != null && !p.isPrimaryKey()).toList();
        List<InstanceState> missing = rows.stream()
                .filter(row -> defaulted.stream().anyMatch(p -> p.get(row.object) == null)).toList();
        if (defaulted.isEmpty() || missing.isEmpty()) {
            return;
        }
        if (mapper.primaryKey().size() != 1) {
            missing.forEach(row -> fetchOne(connection, mapper, defaulted, row));
            return;
        }
        ColumnProperty key = mapper.primaryKey().get(0);
        int chunk = Math.max(1, connection.dialect().maxBindParameters() / 2);
        for (int start = 0; start < missing.size(); start += chunk) {
            List<InstanceState> part = missing.subList(start, Math.min(missing.size(), start + chunk));
            Map<Object, InstanceState> byKey = new HashMap<>();
            part.forEach(row -> byKey.put(key.get(row.object), row));
            @SuppressWarnings("unchecked")
            ColumnElement<Boolean> where = ((dev.athanor.schema.Column<Object>) key.column()).in(byKey.keySet());
            for (Row row : connection.execute(selectOf(key, defaulted).where(where))) {
                InstanceState state = byKey.get(key.fromDatabase(row.get(0)));
                if (state != null) {
                    load(state, defaulted, row);
                }
            }
        }
    }

    private static void fetchOne(Connection connection, Mapper<?> mapper, List<ColumnProperty> defaulted,
                                 InstanceState state) {
        List<ColumnElement<Boolean>> conditions = new ArrayList<>();
        for (ColumnProperty key : mapper.primaryKey()) {
            @SuppressWarnings("unchecked")
            dev.athanor.schema.Column<Object> column = (dev.athanor.schema.Column<Object>) key.column();
            conditions.add(column.eq(key.get(state.object)));
        }
        @SuppressWarnings("unchecked")
        Row row = connection.execute(selectOf(mapper.primaryKey().get(0), defaulted)
                .where(conditions.toArray(ColumnElement[]::new))).first();
        if (row != null) {
            load(state, defaulted, row);
        }
    }

    private static Select selectOf(ColumnProperty key, List<ColumnProperty> defaulted) {
        List<ColumnElement<?>> columns = new ArrayList<>();
        columns.add(key.column());
        defaulted.forEach(p -> columns.add(p.column()));
        return Sql.select(columns.toArray(ColumnElement[]::new));
    }

    private static void load(InstanceState state, List<ColumnProperty> defaulted, Row row) {
        for (int i = 0; i < defaulted.size(); i++) {
            ColumnProperty property = defaulted.get(i);
            if (property.get(state.object) == null) {
                property.load(state.object, row.get(i + 1));
            }
        }
    }
}
