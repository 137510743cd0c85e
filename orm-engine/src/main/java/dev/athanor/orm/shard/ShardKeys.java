package dev.athanor.orm.shard;

import dev.athanor.sql.BinaryExpression;
import dev.athanor.sql.BindParameter;
import dev.athanor.sql.BooleanClauseList;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.InList;
import dev.athanor.sql.Operator;
import dev.athanor.sql.Select;
import java.util.List;
import java.util.Optional;

/** Reads the values a query's WHERE clause pins a shard-key column to, for an {@link ExecuteChooser}. */
public final class ShardKeys {
    private ShardKeys() {
    }

    /**
     * The values {@code column} must equal for a row to match {@code select}, from
     * {@code column = value} and {@code column IN (values)} terms ANDed at the top of its WHERE;
     * empty when the WHERE does not pin the column (the query then belongs on every shard).
     *
     * <pre>{@code
     * select(Customer.class).where(Customer_.region.eq("eu"))   // ["eu"]
     * }</pre>
     */
    public static Optional<List<Object>> values(Select select, String column) {
        ColumnElement<Boolean> where = select.whereClause();
        return where == null ? Optional.empty() : pinned(where, column);
    }

    private static Optional<List<Object>> pinned(ColumnElement<?> term, String column) {
        if (term instanceof BooleanClauseList list && list.isAnd()) {
            for (ColumnElement<Boolean> clause : list.clauses()) {
                Optional<List<Object>> values = pinned(clause, column);
                if (values.isPresent()) {
                    return values;
                }
            }
            return Optional.empty();
        }
        if (term instanceof BinaryExpression<?> binary && binary.operator() == Operator.EQ
                && names(binary.left(), column) && binary.right() instanceof BindParameter<?> value) {
            return Optional.of(List.of(value.value()));
        }
        if (term instanceof InList in && !in.negated() && names(in.element(), column)) {
            return Optional.of(List.copyOf(in.valueList()));
        }
        return Optional.empty();
    }

    private static boolean names(ColumnElement<?> element, String column) {
        return element instanceof ColumnClause<?> clause && clause.name().equalsIgnoreCase(column);
    }
}
