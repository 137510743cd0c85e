package dev.athanor.orm;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.schema.Column;
import dev.athanor.schema.Table;
import dev.athanor.sql.BindParameter;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Sql;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relationship side of one flush (SQLAlchemy's dependency processors): it turns changes of
 * relationships into column values and association rows.
 *
 * <ul>
 *   <li>A many-to-one, or a member added to a one-to-many, becomes an {@link Assignment}: the
 *       child's foreign-key columns take the parent's key just before the child's INSERT (or
 *       UPDATE), once the parent's generated key is known.</li>
 *   <li>A member removed from a one-to-many, and the children of a parent deleted without a delete
 *       cascade, get their foreign key set to NULL (the database refuses when it is NOT NULL).</li>
 *   <li>Many-to-many links added and removed become INSERTs and DELETEs of secondary rows, one
 *       batch per table, written after the rows they reference exist and before any is deleted.</li>
 *   <li>Rows of one table that reference each other are inserted level by level; rows that
 *       reference each other in a cycle need {@code postUpdate}: the foreign key is written by an
 *       UPDATE after both INSERTs, otherwise the flush fails naming the relationship.</li>
 * </ul>
 */
final class RelationshipFlush {
    /** Copy the parent's key columns into the child's foreign-key columns. */
    record Assignment(InstanceState child, ColumnProperty[] childColumns, Object parent, ColumnProperty[] parentColumns,
                      RelationshipProperty relationship, boolean postUpdate) {
    }

    /** A secondary row; equal by the identity of the two objects, whatever their {@code equals} says. */
    private record Link(RelationshipProperty relationship, Object left, Object right) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Link link && link.relationship == relationship && link.left == left
                    && link.right == right;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(left) * 31 + System.identityHashCode(right);
        }
    }

    private final TrackingSession session;
    private final Map<InstanceState, List<Assignment>> assignments = new IdentityHashMap<>();
    private final Set<Link> linksAdded = new LinkedHashSet<>();
    private final Set<Link> linksRemoved = new LinkedHashSet<>();

    RelationshipFlush(TrackingSession session) {
        this.session = session;
    }

    /** Works out every relationship change of the objects the flush will write. */
    void prepare() {
        if (!session.registry().hasRelationships()) {
            return;
        }
        for (InstanceState state : session.objects().withRelationships()) {
            boolean deleted = session.objects().isMarkedForDeletion(state);
            if (!deleted && state.state != ObjectState.PENDING && state.state != ObjectState.PERSISTENT) {
                continue;
            }
            for (RelationshipProperty relationship : state.mapper.relationships()) {
                if (relationship.viewOnly()) {
                    continue;
                }
                if (deleted) {
                    parentDeleted(state, relationship);
                } else if (state.loaded[relationship.index()] && !state.collectionUnchanged(relationship)) {
                    changed(state, relationship);
                }
            }
        }
    }

    private void changed(InstanceState state, RelationshipProperty relationship) {
        boolean pending = state.state == ObjectState.PENDING;
        switch (relationship.kind()) {
            case MANY_TO_ONE -> {
                Object current = relationship.get(state.object);
                Object committed = state.committed[relationship.index()];
                if (current != null && (pending || current != committed)) {
                    assign(state, relationship.localProperties, current, relationship.remoteProperties, relationship);
                } else if (current == null && !pending && committed != null) {
                    setColumns(state, relationship.localProperties, null);
                }
            }
            case ONE_TO_MANY -> {
                List<Object> current = state.members(relationship);
                List<Object> committed = pending ? List.of() : state.committedMembers(relationship);
                for (Object member : current) {
                    if (pending || !Cascades.containsIdentity(committed, member)) {
                        InstanceState child = session.trackedState(member);
                        if (child != null) {
                            assign(child, relationship.remoteProperties, state.object, relationship.localProperties,
                                    relationship);
                        }
                    }
                }
                for (Object former : committed) {
                    if (!Cascades.containsIdentity(current, former)) {
                        detachChild(state, relationship, former);
                    }
                }
            }
            case MANY_TO_MANY -> {
                List<Object> current = state.members(relationship);
                List<Object> committed = pending ? List.of() : state.committedMembers(relationship);
                current.stream().filter(m -> !Cascades.containsIdentity(committed, m))
                        .forEach(m -> link(linksAdded, relationship, state.object, m));
                committed.stream().filter(m -> !Cascades.containsIdentity(current, m))
                        .forEach(m -> link(linksRemoved, relationship, state.object, m));
            }
        }
    }

    /** A deleted parent: children it did not cascade the delete to lose their foreign key; its links go. */
    private void parentDeleted(InstanceState state, RelationshipProperty relationship) {
        if (relationship.kind() == RelationshipKind.MANY_TO_ONE) {
            return;
        }
        if (relationship.passiveDeletes() && !state.loaded[relationship.index()]) {
            return; // the database's ON DELETE rule takes care of the children
        }
        List<Object> members = session.cascades().related(state, relationship);
        if (relationship.kind() == RelationshipKind.MANY_TO_MANY) {
            List<Object> all = new ArrayList<>(members);
            state.committedMembers(relationship).stream().filter(m -> !Cascades.containsIdentity(all, m)).forEach(all::add);
            all.forEach(m -> link(linksRemoved, relationship, state.object, m));
            return;
        }
        for (Object member : members) {
            detachChild(state, relationship, member);
        }
    }

    /** A child no longer belongs to {@code parent}: null its foreign key, unless it is deleted or moved on. */
    private void detachChild(InstanceState parent, RelationshipProperty relationship, Object member) {
        InstanceState child = session.trackedState(member);
        if (child == null || child.state != ObjectState.PERSISTENT || session.objects().isMarkedForDeletion(child)) {
            return;
        }
        for (int i = 0; i < relationship.remoteProperties.length; i++) {
            Object childValue = relationship.remoteProperties[i].get(member);
            Object parentValue = relationship.localProperties[i].get(parent.object);
            if (!InstanceState.same(childValue, parentValue)) {
                return; // it references another parent by now
            }
        }
        setColumns(child, relationship.remoteProperties, null);
    }

    private void assign(InstanceState child, ColumnProperty[] childColumns, Object parent, ColumnProperty[] parentColumns,
                        RelationshipProperty relationship) {
        RelationshipProperty back = relationship.backPopulates();
        boolean postUpdate = relationship.postUpdate() || back != null && back.postUpdate();
        assignments.computeIfAbsent(child, k -> new ArrayList<>())
                .add(new Assignment(child, childColumns, parent, parentColumns, relationship, postUpdate));
    }

    /** Records a many-to-many link once, however many sides of a backPopulates pair report it. */
    private static void link(Set<Link> links, RelationshipProperty relationship, Object owner, Object member) {
        RelationshipProperty back = relationship.backPopulates();
        boolean flip = back != null && back.qualifiedName().compareTo(relationship.qualifiedName()) < 0;
        links.add(flip ? new Link(back, member, owner) : new Link(relationship, owner, member));
    }

    /** The objects whose foreign keys {@link #beforeInsert} and {@link #afterInserts} fill in. */
    java.util.Collection<InstanceState> assignedChildren() {
        return assignments.keySet();
    }

    /** Whether the flush has relationship work beyond what the objects' columns show yet. */
    boolean hasWork() {
        return !assignments.isEmpty() || !linksAdded.isEmpty() || !linksRemoved.isEmpty();
    }

    /**
     * The pending rows of one mapper in INSERT levels: a row waits for the pending row of the same
     * table whose generated key it needs (a tree is inserted parents first).
     */
    List<List<InstanceState>> insertLevels(List<InstanceState> rows) {
        List<List<InstanceState>> levels = new ArrayList<>();
        List<InstanceState> remaining = new ArrayList<>(rows);
        while (!remaining.isEmpty()) {
            List<InstanceState> level = new ArrayList<>();
            for (InstanceState row : remaining) {
                if (assignmentsOf(row).stream().noneMatch(a -> !a.postUpdate() && a.parent() != row.object
                        && remaining.stream().anyMatch(other -> other.object == a.parent()))) {
                    level.add(row);
                }
            }
            if (level.isEmpty()) {
                throw cycle(assignmentsOf(remaining.get(0)).stream().filter(a -> !a.postUpdate()).findFirst().orElseThrow());
            }
            remaining.removeAll(level);
            levels.add(level);
        }
        return levels;
    }

    /** Fills the foreign keys of rows about to be inserted; their parents must have their keys by now. */
    void beforeInsert(List<InstanceState> rows) {
        for (InstanceState row : rows) {
            for (Assignment assignment : assignmentsOf(row)) {
                if (!assignment.postUpdate() && !apply(assignment)) {
                    throw cycle(assignment);
                }
            }
        }
    }

    /** After every INSERT: the remaining foreign keys (of existing rows, and post-updates). */
    void afterInserts() {
        for (List<Assignment> list : assignments.values()) {
            for (Assignment assignment : list) {
                if (!apply(assignment)) {
                    throw new InvalidRequestError("Cannot set the foreign key of " + describe(assignment.child().object)
                            + " through " + assignment.relationship().qualifiedName() + ": the related "
                            + describe(assignment.parent()) + " has no key and is not in the session; add it to the session"
                            + " (or enable the save-update cascade)");
                }
            }
        }
    }

    private boolean apply(Assignment assignment) {
        Object[] values = new Object[assignment.parentColumns().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = assignment.parentColumns()[i].get(assignment.parent());
            if (values[i] == null) {
                return false;
            }
        }
        for (int i = 0; i < values.length; i++) {
            ColumnProperty column = assignment.childColumns()[i];
            column.set(assignment.child().object, column.fromDatabase(values[i]));
        }
        return true;
    }

    /** Writes removed, then added, many-to-many links: one batch per secondary table. */
    void writeLinks() {
        write(linksRemoved, false);
        write(linksAdded, true);
    }

    private void write(Set<Link> links, boolean insert) {
        Map<RelationshipProperty, List<Map<String, Object>>> batches = new LinkedHashMap<>();
        for (Link link : links) {
            RelationshipProperty relationship = link.relationship();
            Map<String, Object> params = new LinkedHashMap<>();
            for (int i = 0; i < relationship.remoteColumns().size(); i++) {
                params.put(relationship.remoteColumns().get(i).name(), relationship.localProperties[i].get(link.left()));
            }
            for (int i = 0; i < relationship.secondaryTargetColumns().size(); i++) {
                params.put(relationship.secondaryTargetColumns().get(i).name(),
                        relationship.targetProperties[i].get(link.right()));
            }
            batches.computeIfAbsent(relationship, k -> new ArrayList<>()).add(params);
        }
        batches.forEach((relationship, params) -> {
            Table secondary = relationship.secondary();
            List<Column<?>> columns = new ArrayList<>(relationship.remoteColumns());
            columns.addAll(relationship.secondaryTargetColumns());
            var connection = session.connection(relationship.parent());
            if (insert) {
                Map<Object, Object> binds = new LinkedHashMap<>();
                columns.forEach(c -> binds.put(c, BindParameter.required(c.name(), c.type())));
                connection.execute(Sql.insert(secondary).values(binds), params);
            } else {
                List<ColumnElement<Boolean>> where = new ArrayList<>();
                columns.forEach(c -> where.add(equalsBind(c)));
                connection.execute(Sql.delete(secondary).where(where.toArray(ColumnElement[]::new)), params);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> equalsBind(Column<?> column) {
        Column<Object> typed = (Column<Object>) column;
        return typed.eq(BindParameter.required(column.name(), typed.type()));
    }

    private List<Assignment> assignmentsOf(InstanceState row) {
        return assignments.getOrDefault(row, List.of());
    }

    private static void setColumns(InstanceState state, ColumnProperty[] columns, Object value) {
        for (ColumnProperty column : columns) {
            if (!column.isPrimaryKey()) {
                column.set(state.object, value);
            }
        }
    }

    private static InvalidRequestError cycle(Assignment assignment) {
        RelationshipProperty relationship = assignment.relationship();
        return new InvalidRequestError("Circular dependency: " + describe(assignment.child().object) + " needs the key of "
                + describe(assignment.parent()) + " through " + relationship.qualifiedName() + ", but that row cannot be"
                + " inserted first because it depends on this one too; set @Relationship(postUpdate = true) on "
                + relationship.qualifiedName() + " so its foreign key is written by an UPDATE after both rows exist");
    }

    private static String describe(Object object) {
        return object.getClass().getSimpleName().replace("$Athanor", "") + "@"
                + Integer.toHexString(System.identityHashCode(object));
    }
}
