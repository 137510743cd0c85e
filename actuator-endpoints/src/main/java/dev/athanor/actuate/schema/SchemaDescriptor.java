package dev.athanor.actuate.schema;

import java.util.List;

/**
 * The live schema of a database as the {@code athanor-schema} endpoint reports it.
 *
 * @param database the dialect name ({@code postgresql}, {@code h2}, …); never a URL
 * @param schema the default schema the tables were read from
 * @param tables every table, sorted by name
 */
public record SchemaDescriptor(String database, String schema, List<TableDescriptor> tables) {

    public SchemaDescriptor {
        tables = List.copyOf(tables);
    }

    /** The table of that name (ignoring case), or {@code null}. */
    public TableDescriptor table(String name) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    /** One table with its columns, keys, indexes, constraints and comment. */
    public record TableDescriptor(String name, String comment, List<ColumnDescriptor> columns,
                                  List<String> primaryKey, List<ForeignKeyDescriptor> foreignKeys,
                                  List<IndexDescriptor> indexes, List<ConstraintDescriptor> uniqueConstraints,
                                  List<ConstraintDescriptor> checkConstraints) {

        public TableDescriptor {
            columns = List.copyOf(columns);
            primaryKey = List.copyOf(primaryKey);
            foreignKeys = List.copyOf(foreignKeys);
            indexes = List.copyOf(indexes);
            uniqueConstraints = List.copyOf(uniqueConstraints);
            checkConstraints = List.copyOf(checkConstraints);
        }
    }

    /** One column, its type spelled as the database spells it. */
    public record ColumnDescriptor(String name, String type, boolean nullable, String defaultValue,
                                   boolean autoincrement, String comment) {
    }

    /** A foreign key from some columns of a table to columns of another (or the same) table. */
    public record ForeignKeyDescriptor(String name, List<String> columns, String referredTable,
                                       List<String> referredColumns, String onDelete, String onUpdate) {

        public ForeignKeyDescriptor {
            columns = List.copyOf(columns);
            referredColumns = List.copyOf(referredColumns);
        }
    }

    /** An index created as an index (not one backing a key). */
    public record IndexDescriptor(String name, List<String> columns, boolean unique) {

        public IndexDescriptor {
            columns = List.copyOf(columns);
        }
    }

    /** A unique constraint (its columns) or a check constraint (its condition). */
    public record ConstraintDescriptor(String name, List<String> columns, String condition) {

        public ConstraintDescriptor {
            columns = List.copyOf(columns);
        }
    }
}
