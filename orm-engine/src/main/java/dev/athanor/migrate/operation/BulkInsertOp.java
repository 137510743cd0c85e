package dev.athanor.migrate.operation;

import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.Insert;
import dev.athanor.sql.Sql;
import dev.athanor.sql.TableClause;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code op.bulkInsert(table, rows)}: a multi-row {@code INSERT … VALUES (…), (…)}, each row a map
 * of column name to value; the table is usually a {@code Sql.table(…)} stand-in, so that the
 * migration does not depend on the application's current model.
 *
 * @param table the table, with at least the columns the rows name
 * @param rows the rows, each with the same columns
 */
public record BulkInsertOp(TableClause table, List<Map<String, ?>> rows) implements MigrateOperation {

    public BulkInsertOp {
        Objects.requireNonNull(table, "table");
        rows = List.copyOf(rows);
        for (Map<String, ?> row : rows) {
            if (!row.keySet().equals(rows.get(0).keySet())) {
                throw new ArgumentError("bulkInsert into '" + table.name() + "': every row needs the same columns, but "
                        + rows.get(0).keySet() + " and " + row.keySet() + " differ; give missing values as null");
            }
        }
    }

    /**
     * The insert statements: one multi-row {@code INSERT} where the database has them, else one per
     * row (Oracle); none when there are no rows.
     */
    public List<Insert> toInserts(boolean multiRow) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return multiRow ? List.of(Sql.insert(table).values(rows))
                : rows.stream().map(row -> Sql.insert(table).values(row)).toList();
    }

    @Override
    public String describe() {
        return "bulkInsert(" + table.name() + ", " + rows.size() + " rows)";
    }
}
