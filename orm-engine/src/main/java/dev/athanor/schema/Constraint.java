package dev.athanor.schema;

import dev.athanor.exc.ArgumentError;
import dev.athanor.exc.InvalidRequestError;
import java.util.List;

/**
 * A table constraint: primary key, unique, check or foreign key. Its name is the one given, or
 * the one the {@link MetaData}'s {@link NamingConvention} derives when the table is declared, or
 * {@code null} when the database is left to choose.
 */
public abstract sealed class Constraint implements SchemaItem
        permits PrimaryKeyConstraint, UniqueConstraint, CheckConstraint, ForeignKeyConstraint {
    private final List<String> columnNames;
    private String explicitName;
    private String name;
    private Table table;
    private List<Column<?>> columns = List.of();

    Constraint(List<String> columnNames) {
        for (String column : columnNames) {
            if (column == null || column.isEmpty()) {
                throw new ArgumentError(kind() + " has an empty column name in " + columnNames);
            }
        }
        this.columnNames = List.copyOf(columnNames);
    }

    /** Calls the visitor method for this kind of constraint. */
    public abstract <R> R accept(ConstraintVisitor<R> visitor);

    /** A short description for messages, e.g. {@code "UniqueConstraint(email)"}. */
    abstract String kind();

    /** The name rendered in DDL, or {@code null} for a name the database chooses. */
    public String name() {
        return name;
    }

    /** The name given by the application, before any naming convention. */
    public String explicitName() {
        return explicitName;
    }

    /** The table, or {@code null} before the constraint is attached. */
    public Table table() {
        return table;
    }

    /** The constrained columns' names, in order. */
    public List<String> columnNames() {
        return columnNames;
    }

    /** The constrained columns, resolved when the constraint is attached. */
    public List<Column<?>> columns() {
        return columns;
    }

    void rename(String newName) {
        checkNotAttached();
        explicitName = newName;
        name = newName;
    }

    void checkNotAttached() {
        if (table != null) {
            throw new InvalidRequestError(kind() + " is attached to table '" + table.name()
                    + "' and can no longer change; configure it before passing it to MetaData.table(…)");
        }
    }

    void attach(Table owner, List<Column<?>> resolved) {
        checkFree(owner);
        table = owner;
        columns = List.copyOf(resolved);
    }

    /** Rejects a constraint that another table has already attached. */
    void checkFree(Table owner) {
        if (table != null) {
            throw new InvalidRequestError(kind() + " already belongs to table '" + table.name()
                    + "'; create a new one for table '" + owner.name() + "'");
        }
    }

    void assignName(String conventionName) {
        name = conventionName;
    }
}
