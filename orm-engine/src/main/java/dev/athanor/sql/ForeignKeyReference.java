package dev.athanor.sql;

import java.util.List;

/**
 * A foreign key as joins see it: these columns of one table refer to those columns of another.
 * {@link TableClause#foreignKeyReferences()} lists them so {@code join} can infer its ON clause.
 *
 * @param columns the referring columns
 * @param referredColumns the referred columns, one per referring column
 */
public record ForeignKeyReference(List<? extends ColumnClause<?>> columns,
                                  List<? extends ColumnClause<?>> referredColumns) {

    public ForeignKeyReference {
        columns = List.copyOf(columns);
        referredColumns = List.copyOf(referredColumns);
    }

    @Override
    public String toString() {
        return columns + " → " + referredColumns;
    }
}
