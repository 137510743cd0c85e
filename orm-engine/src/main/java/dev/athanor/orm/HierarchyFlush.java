package dev.athanor.orm;

import dev.athanor.engine.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes one mapper's rows of a flush through {@link Persistence}, table by table when the class
 * is a joined-table subclass, as SQLAlchemy's unit of work does for inheriting mappers:
 * INSERT into the base table first (its generated key is read into the shared key field, so the
 * subclass rows carry it down), UPDATE only the tables whose columns changed, DELETE the
 * subclass rows before the base row. Classes of a hierarchy get their discriminator set to
 * their {@code @PolymorphicIdentity} before they are inserted.
 *
 * <p>The class's listeners fire once per object around all of its tables' statements (the
 * per-table mappers have none), so a listener sees a whole row either way.
 */
final class HierarchyFlush {
    private final TrackingSession session;
    private final Persistence persistence;

    HierarchyFlush(TrackingSession session, Persistence persistence) {
        this.session = session;
        this.persistence = persistence;
    }

    void insert(Mapper<?> mapper, List<InstanceState> rows) {
        ColumnProperty discriminator = mapper.polymorphicOn().orElse(null);
        String identity = mapper.polymorphicIdentity().orElse(null);
        if (discriminator != null && identity != null) {
            rows.forEach(row -> discriminator.set(row.object, identity));
        }
        List<Mapper<?>> tables = mapper.tableMappers();
        if (tables.size() == 1) {
            persistence.insert(tables.get(0), rows);
            return;
        }
        fire(mapper, rows, (listener, row) -> listener.beforeInsert(mapper, connection(mapper), row.object));
        tables.forEach(table -> persistence.insert(table, rows));
        fire(mapper, rows, (listener, row) -> listener.afterInsert(mapper, connection(mapper), row.object));
    }

    void update(Mapper<?> mapper, List<InstanceState> rows) {
        List<Mapper<?>> tables = mapper.tableMappers();
        if (tables.size() == 1) {
            persistence.update(tables.get(0), rows);
            return;
        }
        fire(mapper, rows, (listener, row) -> listener.beforeUpdate(mapper, connection(mapper), row.object));
        for (Mapper<?> table : tables) {
            List<InstanceState> changed = new ArrayList<>();
            for (InstanceState row : rows) {
                if (row.modified().stream().anyMatch(table.columns()::contains)) {
                    changed.add(row);
                }
            }
            if (!changed.isEmpty()) {
                persistence.update(table, changed);
            }
        }
        fire(mapper, rows, (listener, row) -> listener.afterUpdate(mapper, connection(mapper), row.object));
    }

    void delete(Mapper<?> mapper, List<InstanceState> rows) {
        List<Mapper<?>> tables = mapper.tableMappers();
        if (tables.size() == 1) {
            persistence.delete(tables.get(0), rows);
            return;
        }
        fire(mapper, rows, (listener, row) -> listener.beforeDelete(mapper, connection(mapper), row.object));
        for (int i = tables.size() - 1; i >= 0; i--) {
            persistence.delete(tables.get(i), rows);
        }
        fire(mapper, rows, (listener, row) -> listener.afterDelete(mapper, connection(mapper), row.object));
    }

    private Connection connection(Mapper<?> mapper) {
        return session.connection(mapper);
    }

    private static void fire(Mapper<?> mapper, List<InstanceState> rows, BiConsumer<MapperListener<Object>, InstanceState> event) {
        if (!mapper.listeners().isEmpty()) {
            rows.forEach(row -> mapper.listeners().fire(listener -> event.accept(listener, row)));
        }
    }
}
