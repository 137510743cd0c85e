package dev.athanor.migrate;

import java.util.ArrayList;
import java.util.List;

/**
 * One revision as the commands report it ({@code history}, {@code heads}, {@code show}, …): what
 * its annotation says and where it stands in the graph and in the database.
 *
 * @param id            the revision id
 * @param downRevisions the revisions it follows
 * @param branchLabels  its branch labels
 * @param dependsOn     what it depends on, as written
 * @param message       its message
 * @param className     the class implementing it
 * @param head          nothing follows it
 * @param branchPoint   several revisions follow it
 * @param mergePoint    it follows several revisions
 * @param current       the database is at it (only when the command was asked to look)
 */
public record RevisionInfo(String id, List<String> downRevisions, List<String> branchLabels, List<String> dependsOn,
                           String message, String className, boolean head, boolean branchPoint, boolean mergePoint,
                           boolean current) {
    public RevisionInfo {
        downRevisions = List.copyOf(downRevisions);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    /**
     * Alembic's log line, {@code a -> b (head), message}, or with {@code verbose} its block of
     * {@code Rev:}, {@code Parent:}, {@code Path:} lines.
     */
    public String format(boolean verbose) {
        String marks = marks();
        String parents = downRevisions.isEmpty() ? "<base>" : String.join(", ", downRevisions);
        if (!verbose) {
            return parents + " -> " + id + marks + (message.isEmpty() ? "" : ", " + message);
        }
        StringBuilder out = new StringBuilder("Rev: ").append(id).append(marks).append('\n')
                .append(mergePoint ? "Merges: " : "Parent: ").append(parents).append('\n');
        if (!dependsOn.isEmpty()) {
            out.append("Also depends on: ").append(String.join(", ", dependsOn)).append('\n');
        }
        return out.append("Class: ").append(className).append("\n\n    ").append(message).append('\n').toString();
    }

    /** The id and its marks, as {@code alembic current} and {@code heads} print it: {@code a2 (head)}. */
    public String formatId() {
        return id + marks();
    }

    private String marks() {
        List<String> flags = new ArrayList<>();
        if (!branchLabels.isEmpty()) {
            flags.add("(" + String.join(", ", branchLabels) + ")");
        }
        if (head) {
            flags.add("(head)");
        }
        if (branchPoint) {
            flags.add("(branchpoint)");
        }
        if (mergePoint) {
            flags.add("(mergepoint)");
        }
        if (current) {
            flags.add("(current)");
        }
        return flags.isEmpty() ? "" : " " + String.join(" ", flags);
    }
}
