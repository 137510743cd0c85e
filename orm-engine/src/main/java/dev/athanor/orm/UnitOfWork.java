package dev.athanor.orm;

import dev.athanor.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One flush: works out which objects need an INSERT, an UPDATE or a DELETE, orders them, and
 * hands each mapper's rows to {@link Persistence}.
 *
 * <p>Order follows foreign keys between tables (the MetaData's topological sort): parents are
 * inserted before children and children deleted before parents, so no constraint is violated
 * midway; within a self-referencing table, rows whose key another pending row references go
 * first. Updates run in the insert order.
 *
 * <p>Hazards: a flush is all-or-nothing only through the database transaction. When a statement
 * fails, the session rolls the transaction back and refuses work ({@code PendingRollbackError})
 * until the application calls {@code rollback()}, because the objects no longer match the
 * database. Dirty checking compares fields with the snapshot by {@code equals}; a JSON map or
 * list changed in place is seen only when its type asks for it ({@code @Column(mutable = true)}:
 * the snapshot then holds a copy), else only when it is replaced. Objects of enhanced classes are
 * compared only when they reported a change (a mutable JSON value reports through its tracking view).
 */
final class UnitOfWork {
    private final TrackingSession session;
    private final Persistence persistence;
    /** Writes a joined-table subclass's rows table by table; other mappers go straight to persistence. */
    private final HierarchyFlush hierarchyFlush;

    UnitOfWork(TrackingSession session, Persistence persistence) {
        this.session = session;
        this.persistence = persistence;
        this.hierarchyFlush = new HierarchyFlush(session, persistence);
    }

    /**
     * Writes every pending change: INSERTs (each table's rows in levels, foreign keys filled from
     * the parents' keys just before), then the remaining foreign keys and post-updates, UPDATEs,
     * many-to-many links, and DELETEs children first. Returns whether anything was written.
     */
    boolean flush(Collection<InstanceState> pending, Collection<InstanceState> persistent,
                  Collection<InstanceState> deleted, RelationshipFlush relationships) {
        // enhanced objects changed from here on (foreign keys the inserts fill in) were not in `persistent`
        int changedMark = session.objects().changedCount();
        Map<Mapper<?>, List<InstanceState>> inserts = byMapper(pending);
        Map<Mapper<?>, List<InstanceState>> deletes = byMapper(deleted);
        // each object compared with its snapshot once; plain loops, as this runs once per flush and
        // per-flush code seldom runs often enough to be compiled as well as per-row code is
        List<InstanceState> modified = new ArrayList<>();
        for (InstanceState state : persistent) {
            if (state.isModified()) {
                modified.add(state);
            }
        }
        if (inserts.isEmpty() && deletes.isEmpty() && !relationships.hasWork() && modified.isEmpty()) {
            return false;
        }
        SessionTransaction transaction = session.currentTransaction();
        List<InstanceState> inserted = new ArrayList<>();
        if (!inserts.isEmpty()) {
            for (Mapper<?> mapper : dependencyOrder(session.registry(), inserts, deletes, byMapper(persistent))) {
                List<InstanceState> rows = inserts.get(mapper);
                if (rows != null) {
                    for (List<InstanceState> level : relationships.insertLevels(rows)) {
                        relationships.beforeInsert(level);
                        hierarchyFlush.insert(mapper, selfReferenceOrder(mapper, level));
                        level.forEach(state -> {
                            session.objects().becamePersistent(state);
                            transaction.inserted.add(state);
                        });
                        inserted.addAll(level);
                    }
                }
            }
        }
        relationships.afterInserts();
        // Rows whose foreign keys were filled in just now: inserted rows a post-update writes, enhanced
        // objects (they report the write), and existing rows of plain classes whose only change is a
        // relationship (a loaded book given another author): nothing told the list above about those.
        List<InstanceState> later = session.objects().changedFrom(changedMark);
        Collection<InstanceState> assigned = relationships.assignedChildren();
        if (!inserted.isEmpty() || !later.isEmpty() || !assigned.isEmpty()) {
            Set<InstanceState> listed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            listed.addAll(modified);
            for (List<InstanceState> group : List.of(inserted, later)) {
                for (InstanceState state : group) {
                    if (listed.add(state) && state.isModified()) {
                        modified.add(state);
                    }
                }
            }
            for (InstanceState state : assigned) {
                if (state.state == ObjectState.PERSISTENT && !session.objects().isMarkedForDeletion(state)
                        && listed.add(state) && state.isModified()) {
                    modified.add(state);
                }
            }
        }
        Map<Mapper<?>, List<InstanceState>> updates = byMapper(modified);
        List<Mapper<?>> order = dependencyOrder(session.registry(), inserts, deletes, updates);
        for (Mapper<?> mapper : order) {
            List<InstanceState> rows = updates.get(mapper);
            if (rows != null) {
                rows.forEach(transaction::rememberBefore);
                hierarchyFlush.update(mapper, rows);
                rows.forEach(InstanceState::takeSnapshot);
            }
        }
        relationships.writeLinks();
        for (int i = order.size() - 1; i >= 0; i--) {
            Mapper<?> mapper = order.get(i);
            List<InstanceState> rows = deletes.get(mapper);
            if (rows != null) {
                rows.forEach(transaction::rememberBefore);
                // children of a self-referencing table go before their parents
                List<InstanceState> childrenFirst = new ArrayList<>(selfReferenceOrder(mapper, rows));
                java.util.Collections.reverse(childrenFirst);
                hierarchyFlush.delete(mapper, childrenFirst);
                rows.forEach(session.objects()::becameDeleted);
            }
        }
        return true;
    }

    private static Map<Mapper<?>, List<InstanceState>> byMapper(Collection<InstanceState> states) {
        if (states.isEmpty()) {
            return Map.of();
        }
        Map<Mapper<?>, List<InstanceState>> grouped = new LinkedHashMap<>();
        for (InstanceState state : states) {
            List<InstanceState> group = grouped.get(state.mapper);
            if (group == null) {
                group = new ArrayList<>();
                grouped.put(state.mapper, group);
            }
            group.add(state);
        }
        return grouped;
    }

    private static List<Mapper<?>> dependencyOrder(Registry registry, Map<Mapper<?>, ?>... groups) {
        List<Mapper<?>> mappers = new ArrayList<>();
        for (Map<Mapper<?>, ?> group : groups) {
            for (Mapper<?> mapper : group.keySet()) {
                if (!mappers.contains(mapper)) {
                    mappers.add(mapper);
                }
            }
        }
        if (mappers.size() > 1) {
            Map<Table, Integer> rank = registry.tableRank();
            mappers.sort((a, b) -> Integer.compare(rank.getOrDefault(a.table(), 0), rank.getOrDefault(b.table(), 0)));
        }
        return mappers;
    }

    /**
     * Rows of a table that references itself, ordered so a row comes after the pending row its
     * foreign key names (by key value; rows whose keys the database generates cannot be named yet).
     */
    private static List<InstanceState> selfReferenceOrder(Mapper<?> mapper, List<InstanceState> rows) {
        List<ColumnProperty[]> links = new ArrayList<>();
        for (ColumnProperty property : mapper.columns()) {
            property.column().foreignKeys().stream()
                    .filter(fk -> fk.referredTable().equals(mapper.table().name()))
                    .forEach(fk -> links.add(new ColumnProperty[] {property,
                            mapper.columns().stream().filter(p -> p.column().name().equals(fk.referredColumn()))
                                    .findFirst().orElseThrow()}));
        }
        if (links.isEmpty() || rows.size() < 2) {
            return rows;
        }
        List<InstanceState> ordered = new ArrayList<>();
        List<InstanceState> remaining = new ArrayList<>(rows);
        while (!remaining.isEmpty()) {
            int before = remaining.size();
            for (var iterator = remaining.iterator(); iterator.hasNext(); ) {
                InstanceState row = iterator.next();
                boolean waits = false;
                for (ColumnProperty[] link : links) {
                    Object target = link[0].get(row.object);
                    waits |= target != null && remaining.stream().anyMatch(other -> other != row
                            && InstanceState.same(link[1].get(other.object), target));
                }
                if (!waits) {
                    ordered.add(row);
                    iterator.remove();
                }
            }
            if (remaining.size() == before) {
                ordered.addAll(remaining); // a cycle among pending rows: let the database decide
                break;
            }
        }
        return ordered;
    }
}
