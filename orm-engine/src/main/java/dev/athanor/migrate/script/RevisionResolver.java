package dev.athanor.migrate.script;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user types as a target into revision ids, with Alembic's vocabulary:
 * {@code base}, {@code head}, {@code heads}, {@code current}, a full id, a unique prefix or a
 * branch label, relative steps {@code +2} / {@code -1} from the current revision,
 * {@code label@head}, and {@code rev@+1} / {@code label@-1}.
 */
public final class RevisionResolver {
    private static final Pattern RELATIVE = Pattern.compile("([+-])(\\d+)");

    private final RevisionMap map;

    /** A resolver over this graph. */
    public RevisionResolver(RevisionMap map) {
        this.map = map;
    }

    /**
     * The revision ids a target names, given the database's current heads; empty for {@code base}.
     *
     * @throws MultipleHeadsError when {@code head} or a relative step is ambiguous because of several heads
     * @throws ResolutionError    when the target names no revision, or several
     */
    public Set<String> resolve(String target, Set<String> current) {
        String trimmed = target == null ? "" : target.trim();
        if (trimmed.isEmpty()) {
            throw new ResolutionError("No target given; name a revision, 'head', 'heads' or 'base'", "");
        }
        switch (trimmed) {
            case "base":
                return Set.of();
            case "heads":
                return ids(map.heads());
            case "head":
                // an empty graph's head is base, so the first revision follows nothing
                return map.isEmpty() ? Set.of() : Set.of(single(trimmed, ids(map.heads())));
            case "current":
                return Set.copyOf(current);
            default:
                break;
        }
        Matcher relative = RELATIVE.matcher(trimmed);
        if (relative.matches()) {
            String start = current.isEmpty() ? null : single(trimmed, current);
            return walk(trimmed, start, steps(relative));
        }
        int at = trimmed.indexOf('@');
        if (at > 0) {
            String branch = trimmed.substring(0, at);
            String rest = trimmed.substring(at + 1);
            Script anchor = map.get(branch);
            if (rest.equals("head")) {
                Set<String> branchHeads = new TreeSet<>(map.descendants(List.of(anchor.id()), false));
                branchHeads.retainAll(ids(map.heads()));
                return Set.of(single(trimmed, branchHeads));
            }
            Matcher step = RELATIVE.matcher(rest);
            if (!step.matches()) {
                throw new ResolutionError("Cannot read target '" + target + "': after '@' write 'head', '+n' or"
                        + " '-n'", target);
            }
            return walk(trimmed, startOnBranch(anchor, branch, current), steps(step));
        }
        return Set.of(map.get(trimmed).id());
    }

    /**
     * Checks that every current head is a known revision.
     *
     * @throws ResolutionError naming the unknown revision and how to recover
     */
    public void requireKnown(Set<String> current) {
        for (String id : current) {
            if (map.find(id) == null) {
                throw new ResolutionError("The database is at revision " + id + ", which none of the revision"
                        + " scripts has; add the missing revision class, or 'stamp' the database with purge to"
                        + " a known revision", id);
            }
        }
    }

    /** For {@code label@+n}: the current head on the labelled branch, else the labelled revision itself. */
    private String startOnBranch(Script anchor, String branch, Set<String> current) {
        if (map.findLabel(branch) != null) {
            Set<String> onBranch = new TreeSet<>(map.descendants(List.of(anchor.id()), false));
            onBranch.retainAll(current);
            if (!onBranch.isEmpty()) {
                return single(branch + "@current", onBranch);
            }
        }
        return anchor.id();
    }

    private static int steps(Matcher relative) {
        int count = Integer.parseInt(relative.group(2));
        return relative.group(1).equals("+") ? count : -count;
    }

    private Set<String> walk(String target, String start, int steps) {
        String position = start;
        for (int i = 0; i < Math.abs(steps); i++) {
            List<String> next;
            if (steps > 0) {
                next = position == null ? ids(map.bases()).stream().sorted().toList() : map.children(position);
            } else {
                if (position == null) {
                    throw new ResolutionError("Relative target '" + target + "' goes below base", target);
                }
                next = map.find(position).downRevisions();
                if (next.isEmpty()) {
                    position = null;
                    continue;
                }
            }
            if (next.isEmpty()) {
                throw new ResolutionError("Relative target '" + target + "' goes beyond the head " + position,
                        target);
            }
            if (next.size() > 1) {
                throw new ResolutionError("Relative target '" + target + "' is ambiguous at "
                        + (position == null ? "base" : position) + ", which leads to " + next
                        + "; name the branch with 'label@" + (steps > 0 ? "+" : "-") + "n' or 'rev@"
                        + (steps > 0 ? "+" : "-") + "n'", target);
            }
            position = next.get(0);
        }
        return position == null ? Set.of() : Set.of(position);
    }

    private static String single(String target, Set<String> candidates) {
        if (candidates.size() != 1) {
            if (candidates.isEmpty()) {
                throw new ResolutionError("Target '" + target + "' names no revision", target);
            }
            throw new MultipleHeadsError(target, List.copyOf(new TreeSet<>(candidates)));
        }
        return candidates.iterator().next();
    }

    private static Set<String> ids(List<Script> scripts) {
        Set<String> ids = new LinkedHashSet<>();
        scripts.forEach(s -> ids.add(s.id()));
        return ids;
    }
}
