package dev.athanor.migrate.autogenerate;

import dev.athanor.schema.Table;

/**
 * A {@link SchemaDifference} with the objects it is about, which autogenerate turns into an
 * operation: the declared side ({@code Column}, {@code Index}, {@code Constraint}) and the
 * reflected side ({@code ColumnInfo}, {@code IndexInfo}, {@code UniqueConstraintInfo},
 * {@code ForeignKeyInfo}, or the table's name for an extra table).
 */
record Difference(SchemaDifference difference, Table table, Object declared, Object reflected) {
}
