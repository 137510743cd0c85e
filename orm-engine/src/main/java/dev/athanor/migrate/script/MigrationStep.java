package dev.athanor.migrate.script;

/**
 * One revision to apply: its {@code upgrade()} or its {@code downgrade()}.
 *
 * @param script  the revision
 * @param upgrade {@code true} to upgrade to it, {@code false} to downgrade from it
 */
public record MigrationStep(Script script, boolean upgrade) {

    /** {@code upgrade a -> b} or {@code downgrade b -> a}, as Alembic logs a step. */
    @Override
    public String toString() {
        String down = script.downRevisions().isEmpty() ? "base" : String.join(", ", script.downRevisions());
        return upgrade ? "upgrade " + down + " -> " + script.id() : "downgrade " + script.id() + " -> " + down;
    }
}
