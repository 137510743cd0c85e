package dev.athanor.migrate.autogenerate;

/**
 * One way the live schema differs from the declared tables, as one of Alembic's autogenerate
 * diffs ({@code add_table}, {@code remove_column}, {@code modify_nullable}, …).
 *
 * @param kind what differs
 * @param table the table key ({@code schema.name} or {@code name})
 * @param subject the column, index or constraint concerned, or {@code null} for a whole table
 * @param description one sentence for people, e.g. {@code column 'book.title' is missing}
 */
public record SchemaDifference(Kind kind, String table, String subject, String description) {

    /** The kinds of difference, each named from the database's point of view. */
    public enum Kind {
        /** A declared table the database does not have. */
        MISSING_TABLE,
        /** A table in the database that nothing declares. */
        EXTRA_TABLE,
        /** A declared column the table does not have. */
        MISSING_COLUMN,
        /** A column in the database that the declared table does not have. */
        EXTRA_COLUMN,
        /** A column whose type in the database belongs to another family or has another size. */
        TYPE_CHANGED,
        /** A column that accepts {@code NULL} on one side and not on the other. */
        NULLABILITY_CHANGED,
        /** A column whose server default differs (compared only when asked: Alembic's {@code compare_server_default}). */
        SERVER_DEFAULT_CHANGED,
        /** A column whose comment differs (compared where the database keeps comments). */
        COLUMN_COMMENT_CHANGED,
        /** A table whose comment differs (compared where the database keeps comments). */
        TABLE_COMMENT_CHANGED,
        /** A declared index the table does not have. */
        MISSING_INDEX,
        /** An index in the database that the declared table does not have. */
        EXTRA_INDEX,
        /** A declared unique constraint the table does not have. */
        MISSING_UNIQUE_CONSTRAINT,
        /** A unique constraint in the database that the declared table does not have. */
        EXTRA_UNIQUE_CONSTRAINT,
        /** A declared foreign key the table does not have. */
        MISSING_FOREIGN_KEY,
        /** A foreign key in the database that the declared table does not have. */
        EXTRA_FOREIGN_KEY
    }

    @Override
    public String toString() {
        return description;
    }
}
