package dev.athanor.migrate.operation;

import dev.athanor.sql.Executable;
import java.util.Objects;

/**
 * {@code op.execute}: a {@code text()} statement or any Core statement (a data migration over
 * {@code Sql.table(…)} / {@code Sql.column(…)} stand-ins); offline, its values are written as literals.
 *
 * @param statement the statement
 */
public record ExecuteSqlOp(Executable statement) implements MigrateOperation {

    public ExecuteSqlOp {
        Objects.requireNonNull(statement, "statement");
    }

    @Override
    public String describe() {
        return "execute(" + statement + ")";
    }
}
