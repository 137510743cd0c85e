package dev.athanor.schema;

/** Whether the database generates a column's value, as SQLAlchemy's {@code autoincrement} flag. */
public enum Autoincrement {
    /**
     * The default: the column is generated when it is the table's only primary-key column, has
     * an integer type, references no other table and has no default of its own.
     */
    AUTO,
    /** Always generated; the column must be an integer primary-key column. */
    TRUE,
    /** Never generated: the application supplies every value. */
    FALSE
}
