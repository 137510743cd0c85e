package dev.athanor.schema;

import dev.athanor.exc.ArgumentError;
import dev.athanor.exc.NoSuchColumnError;
import dev.athanor.exc.NoSuchTableError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A foreign key over one or more columns:
 * {@code new ForeignKeyConstraint(List.of("order_id", "line"), List.of("order_line.order_id", "order_line.line"))}
 * renders {@code FOREIGN KEY (order_id, line) REFERENCES order_line (order_id, line)}. Single-column
 * keys are usually declared with {@link Column#references} instead; the table turns each into one
 * of these.
 */
public final class ForeignKeyConstraint extends Constraint {
    private final List<ForeignKey> elements;
    private ReferentialAction onDelete;
    private ReferentialAction onUpdate;
    private boolean useAlter;

    /**
     * @param columnNames the referencing columns of this table
     * @param targets the referenced columns, {@code [schema.]table.column}, one per referencing column
     */
    public ForeignKeyConstraint(List<String> columnNames, List<String> targets) {
        super(columnNames);
        if (columnNames.isEmpty() || columnNames.size() != targets.size()) {
            throw new ArgumentError("ForeignKeyConstraint needs as many targets as columns, got columns "
                    + columnNames + " and targets " + targets);
        }
        this.elements = targets.stream().map(ForeignKey::to).toList();
        ForeignKey first = elements.get(0);
        for (ForeignKey element : elements) {
            if (!element.referredTable().equals(first.referredTable())
                    || !Objects.equals(element.referredSchema(), first.referredSchema())) {
                throw new ArgumentError("ForeignKeyConstraint" + columnNames + " refers to more than one table "
                        + targets + "; a foreign key references columns of a single table");
            }
        }
    }

    /** The constraint a column-level {@link ForeignKey} stands for. */
    static ForeignKeyConstraint forColumn(Column<?> column, ForeignKey foreignKey) {
        ForeignKeyConstraint constraint = new ForeignKeyConstraint(List.of(column.name()), List.of(foreignKey.target()));
        if (foreignKey.name() != null) {
            constraint.rename(foreignKey.name());
        }
        constraint.onDelete = foreignKey.onDelete();
        constraint.onUpdate = foreignKey.onUpdate();
        constraint.useAlter = foreignKey.isUseAlter();
        return constraint;
    }

    /** Gives the constraint a name: {@code CONSTRAINT name FOREIGN KEY …}. */
    public ForeignKeyConstraint name(String name) {
        rename(name);
        return this;
    }

    /** Sets the {@code ON DELETE} action. */
    public ForeignKeyConstraint onDelete(ReferentialAction action) {
        checkNotAttached();
        onDelete = action;
        return this;
    }

    /** Sets the {@code ON UPDATE} action. */
    public ForeignKeyConstraint onUpdate(ReferentialAction action) {
        checkNotAttached();
        onUpdate = action;
        return this;
    }

    /** Adds this constraint with {@code ALTER TABLE} once all tables exist, breaking a dependency cycle. */
    public ForeignKeyConstraint useAlter() {
        checkNotAttached();
        useAlter = true;
        return this;
    }

    /** The {@code ON DELETE} action, or {@code null}. */
    public ReferentialAction onDelete() {
        return onDelete;
    }

    /** The {@code ON UPDATE} action, or {@code null}. */
    public ReferentialAction onUpdate() {
        return onUpdate;
    }

    /** Whether the constraint is created by {@code ALTER TABLE} after the tables. */
    public boolean isUseAlter() {
        return useAlter;
    }

    /** One {@link ForeignKey} per referencing column, naming its target. */
    public List<ForeignKey> elements() {
        return elements;
    }

    /** The referenced table's schema, or {@code null}. */
    public String referredSchema() {
        return elements.get(0).referredSchema();
    }

    /** The referenced table's name. */
    public String referredTableName() {
        return elements.get(0).referredTable();
    }

    /** The referenced columns' names, in order. */
    public List<String> referredColumnNames() {
        return elements.stream().map(ForeignKey::referredColumn).toList();
    }

    /** The {@link MetaData} key of the referenced table ({@code schema.table} or {@code table}). */
    public String referredTableKey() {
        return MetaData.key(referredSchema(), referredTableName());
    }

    /**
     * The referenced table, looked up in the MetaData of this constraint's table.
     *
     * @throws NoSuchTableError naming this foreign key and the missing table
     */
    public Table referredTable() {
        Table table = table();
        if (table == null) {
            throw new ArgumentError(kind() + " is not attached to a table yet, so its target cannot be resolved");
        }
        Table referred = table.metadata().findTable(referredTableKey());
        if (referred == null) {
            throw new NoSuchTableError("Foreign key " + describe() + " on table '" + table.key()
                    + "' refers to table '" + referredTableKey() + "', which is not in this MetaData (it has "
                    + table.metadata().tables().stream().map(Table::key).toList()
                    + "); declare that table in the same MetaData or fix the target");
        }
        return referred;
    }

    /**
     * The referenced columns.
     *
     * @throws NoSuchColumnError naming this foreign key and the missing column
     */
    public List<Column<?>> referredColumns() {
        Table referred = referredTable();
        List<Column<?>> columns = new ArrayList<>();
        for (String name : referredColumnNames()) {
            Column<?> column = referred.findColumn(name);
            if (column == null) {
                throw new NoSuchColumnError("Foreign key " + describe() + " on table '" + table().key()
                        + "' refers to column '" + name + "' of table '" + referred.key()
                        + "', which has no such column (it has "
                        + referred.columns().stream().map(Column::name).toList() + ")");
            }
            columns.add(column);
        }
        return List.copyOf(columns);
    }

    /** {@code (author_id) → users.id}, for messages. */
    String describe() {
        return columnNames() + " → " + elements.stream().map(ForeignKey::target).toList();
    }

    @Override
    public <R> R accept(ConstraintVisitor<R> visitor) {
        return visitor.visitForeignKey(this);
    }

    @Override
    String kind() {
        return "ForeignKeyConstraint" + describe();
    }
}
