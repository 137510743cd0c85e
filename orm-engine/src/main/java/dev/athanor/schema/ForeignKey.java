package dev.athanor.schema;

import dev.athanor.exc.ArgumentError;

/**
 * A reference from one column to a column of another (or the same) table, written
 * {@code "table.column"} or {@code "schema.table.column"}; the target is looked up in the
 * {@link MetaData} only when it is needed (sorting, DDL), so tables may be declared in any order.
 *
 * <pre>{@code
 * Column.of("author_id", Types.INTEGER).foreignKey(ForeignKey.to("users.id").onDelete(ReferentialAction.CASCADE))
 * // CONSTRAINT … FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE CASCADE
 * }</pre>
 */
public final class ForeignKey {
    private final String target;
    private final String name;
    private final ReferentialAction onDelete;
    private final ReferentialAction onUpdate;
    private final boolean useAlter;

    private ForeignKey(String target, String name, ReferentialAction onDelete, ReferentialAction onUpdate,
                       boolean useAlter) {
        if (target == null || parts(target).length < 2 || parts(target).length > 3) {
            throw new ArgumentError("Foreign key target '" + target
                    + "' must be written \"table.column\" or \"schema.table.column\"");
        }
        this.target = target;
        this.name = name;
        this.onDelete = onDelete;
        this.onUpdate = onUpdate;
        this.useAlter = useAlter;
    }

    /** A foreign key to {@code [schema.]table.column}. */
    public static ForeignKey to(String target) {
        return new ForeignKey(target, null, null, null, false);
    }

    /** This foreign key with an explicit constraint name. */
    public ForeignKey name(String name) {
        return new ForeignKey(target, name, onDelete, onUpdate, useAlter);
    }

    /** This foreign key with an {@code ON DELETE} action. */
    public ForeignKey onDelete(ReferentialAction action) {
        return new ForeignKey(target, name, action, onUpdate, useAlter);
    }

    /** This foreign key with an {@code ON UPDATE} action. */
    public ForeignKey onUpdate(ReferentialAction action) {
        return new ForeignKey(target, name, onDelete, action, useAlter);
    }

    /** This foreign key, added with {@code ALTER TABLE} after all tables are created. */
    public ForeignKey useAlter() {
        return new ForeignKey(target, name, onDelete, onUpdate, true);
    }

    /** The referenced column, {@code [schema.]table.column}, as written. */
    public String target() {
        return target;
    }

    /** The constraint name, or {@code null} to leave naming to the {@link NamingConvention}. */
    public String name() {
        return name;
    }

    /** The {@code ON DELETE} action, or {@code null} for the database's default. */
    public ReferentialAction onDelete() {
        return onDelete;
    }

    /** The {@code ON UPDATE} action, or {@code null} for the database's default. */
    public ReferentialAction onUpdate() {
        return onUpdate;
    }

    /**
     * Whether the constraint is added by {@code ALTER TABLE} after every table exists, which is how
     * a cycle of foreign keys between tables is created.
     */
    public boolean isUseAlter() {
        return useAlter;
    }

    /** The referenced table's schema, or {@code null}. */
    public String referredSchema() {
        String[] parts = parts(target);
        return parts.length == 3 ? parts[0] : null;
    }

    /** The referenced table's name. */
    public String referredTable() {
        String[] parts = parts(target);
        return parts[parts.length - 2];
    }

    /** The referenced column's name. */
    public String referredColumn() {
        String[] parts = parts(target);
        return parts[parts.length - 1];
    }

    private static String[] parts(String target) {
        String[] parts = target.split("\\.", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                return new String[0];
            }
        }
        return parts;
    }

    @Override
    public String toString() {
        return "ForeignKey(" + target + ")";
    }
}
