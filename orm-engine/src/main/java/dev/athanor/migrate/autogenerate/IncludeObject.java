package dev.athanor.migrate.autogenerate;

/**
 * Decides which tables and columns autogenerate considers, as Alembic's {@code include_object}
 * hook: returning {@code false} leaves the object out of the comparison entirely, so it is neither
 * created nor dropped.
 *
 * <pre>{@code
 * IncludeObject skipLegacy = (type, table, name, reflected) -> !table.startsWith("legacy_");
 * }</pre>
 */
@FunctionalInterface
public interface IncludeObject {
    /** What kind of object is offered. */
    enum ObjectType { TABLE, COLUMN }

    /**
     * Whether to compare the object.
     *
     * @param type      a table or a column
     * @param table     the table's name (for a table, its own name)
     * @param name      the object's name (for a table, its own name)
     * @param reflected {@code true} when only the database has it, {@code false} when it is mapped
     */
    boolean include(ObjectType type, String table, String name, boolean reflected);
}
