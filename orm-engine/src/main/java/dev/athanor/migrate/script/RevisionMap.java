package dev.athanor.migrate.script;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The graph of revisions, as Alembic's {@code RevisionMap}: revisions point at their down
 * revisions (parents) and at what they depend on; heads are revisions nothing follows, bases
 * revisions that follow nothing. The graph is checked once, when built: duplicate ids or labels,
 * a down revision or dependency that does not exist, and cycles are each reported by name.
 */
public final class RevisionMap {
    private final Map<String, Script> byId = new TreeMap<>();
    private final Map<String, Script> byLabel = new TreeMap<>();
    private final Map<String, List<String>> children = new TreeMap<>();
    private final Map<String, List<String>> dependencies = new TreeMap<>();
    private final Map<String, List<String>> dependents = new TreeMap<>();
    private final List<Script> ordered;

    /** The graph of these scripts. */
    public RevisionMap(Collection<Script> scripts) {
        for (Script script : scripts) {
            Script previous = byId.putIfAbsent(script.id(), script);
            if (previous != null) {
                throw new RevisionError("Revision id " + script.id() + " is used by both "
                        + previous.migrationClass().getName() + " and " + script.migrationClass().getName()
                        + "; give one of them a fresh id");
            }
        }
        for (Script script : scripts) {
            for (String label : script.branchLabels()) {
                Script previous = byLabel.putIfAbsent(label, script);
                if (previous != null || byId.containsKey(label)) {
                    throw new RevisionError("Branch label '" + label + "' of revision " + script.id()
                            + " is already " + (previous != null ? "a label of revision " + previous.id()
                            : "a revision id") + "; branch labels must be unique");
                }
            }
        }
        for (Script script : byId.values()) {
            children.put(script.id(), new ArrayList<>());
            dependents.put(script.id(), new ArrayList<>());
        }
        for (Script script : byId.values()) {
            for (String down : script.downRevisions()) {
                if (!byId.containsKey(down)) {
                    throw new RevisionError("Revision " + script.id() + " (" + script.migrationClass().getName()
                            + ") names down revision " + down + ", which is not among the revisions found;"
                            + " add the missing revision or correct its downRevision");
                }
                children.get(down).add(script.id());
            }
            List<String> resolved = new ArrayList<>();
            for (String dependency : script.dependsOn()) {
                Script target = byId.containsKey(dependency) ? byId.get(dependency) : byLabel.get(dependency);
                if (target == null) {
                    throw new RevisionError("Revision " + script.id() + " depends on '" + dependency
                            + "', which is neither a revision id nor a branch label");
                }
                resolved.add(target.id());
                dependents.get(target.id()).add(script.id());
            }
            dependencies.put(script.id(), List.copyOf(resolved));
        }
        this.ordered = topologicalOrder(byId.keySet());
    }

    /** Every revision, parents and dependencies before what follows them. */
    public List<Script> scripts() {
        return ordered;
    }

    /** Whether there are no revisions at all. */
    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** The revision with this exact id, or {@code null}. */
    public Script find(String id) {
        return byId.get(id);
    }

    /** The revision carrying this branch label, or {@code null}. */
    public Script findLabel(String label) {
        return byLabel.get(label);
    }

    /**
     * The revision named by a full id, a branch label or a unique id prefix.
     *
     * @throws ResolutionError when nothing or several revisions match
     */
    public Script get(String idOrPrefix) {
        Script exact = byId.containsKey(idOrPrefix) ? byId.get(idOrPrefix) : byLabel.get(idOrPrefix);
        if (exact != null) {
            return exact;
        }
        List<String> matches = byId.keySet().stream().filter(id -> id.startsWith(idOrPrefix)).toList();
        if (matches.isEmpty()) {
            throw new ResolutionError("No such revision or branch label '" + idOrPrefix + "'; run 'history' to"
                    + " list the revisions", idOrPrefix);
        }
        if (matches.size() > 1) {
            throw new ResolutionError("Revision prefix '" + idOrPrefix + "' is ambiguous: it matches " + matches
                    + "; give more characters", idOrPrefix);
        }
        return byId.get(matches.get(0));
    }

    /** Revisions no revision names as its down revision, in id order. */
    public List<Script> heads() {
        return byId.values().stream().filter(s -> children.get(s.id()).isEmpty()).toList();
    }

    /** Revisions without a down revision, in id order. */
    public List<Script> bases() {
        return byId.values().stream().filter(Script::isBase).toList();
    }

    /** Revisions that two or more revisions follow, in id order. */
    public List<Script> branchPoints() {
        return byId.values().stream().filter(s -> children.get(s.id()).size() > 1).toList();
    }

    /** The revisions whose down revisions include {@code id}. */
    public List<String> children(String id) {
        return List.copyOf(children.get(id));
    }

    /** What {@code id} depends on, branch labels resolved to revision ids. */
    public List<String> dependencies(String id) {
        return dependencies.get(id);
    }

    /** The ids given and every revision they follow, through dependencies too when asked. */
    public Set<String> ancestors(Collection<String> ids, boolean includeDependencies) {
        return walk(ids, id -> {
            List<String> next = new ArrayList<>(byId.get(id).downRevisions());
            if (includeDependencies) {
                next.addAll(dependencies.get(id));
            }
            return next;
        });
    }

    /** The ids given and every revision that follows them, through dependencies too when asked. */
    public Set<String> descendants(Collection<String> ids, boolean includeDependencies) {
        return walk(ids, id -> {
            List<String> next = new ArrayList<>(children.get(id));
            if (includeDependencies) {
                next.addAll(dependents.get(id));
            }
            return next;
        });
    }

    private Set<String> walk(Collection<String> start, java.util.function.Function<String, List<String>> next) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(next.apply(id));
            }
        }
        return seen;
    }

    /**
     * The revisions among {@code ids} in an order where down revisions and dependencies come first;
     * after each revision its own children are preferred, so a branch is followed to its end before
     * the next one starts, and ties are broken by id so the order is repeatable.
     *
     * @throws RevisionError when the revisions form a cycle
     */
    public List<Script> topologicalOrder(Collection<String> ids) {
        Set<String> wanted = new TreeSet<>(ids);
        Map<String, Integer> waiting = new LinkedHashMap<>();
        for (String id : wanted) {
            Set<String> before = new LinkedHashSet<>(byId.get(id).downRevisions());
            before.addAll(dependencies.get(id));
            before.retainAll(wanted);
            waiting.put(id, before.size());
        }
        List<Script> result = new ArrayList<>();
        TreeSet<String> ready = new TreeSet<>();
        waiting.forEach((id, count) -> {
            if (count == 0) {
                ready.add(id);
            }
        });
        String last = null;
        while (!ready.isEmpty()) {
            String chosen = null;
            if (last != null) {
                chosen = children.get(last).stream().filter(ready::contains).sorted().findFirst().orElse(null);
            }
            if (chosen == null) {
                chosen = ready.first();
            }
            ready.remove(chosen);
            result.add(byId.get(chosen));
            last = chosen;
            Set<String> after = new LinkedHashSet<>(children.get(chosen));
            after.addAll(dependents.get(chosen));
            for (String next : after) {
                if (waiting.containsKey(next) && waiting.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        if (result.size() < wanted.size()) {
            Set<String> cycle = new TreeSet<>(wanted);
            result.forEach(s -> cycle.remove(s.id()));
            throw new RevisionError("Revisions " + cycle + " form a cycle through their down revisions or"
                    + " dependencies; a revision cannot follow itself");
        }
        return List.copyOf(result);
    }
}
