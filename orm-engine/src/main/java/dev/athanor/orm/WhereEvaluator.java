package dev.athanor.orm;

import dev.athanor.sql.BinaryExpression;
import dev.athanor.sql.BindParameter;
import dev.athanor.sql.BooleanClauseList;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Null;

/**
 * Evaluates a simple WHERE clause against an object in memory, for
 * {@link SynchronizeSession#EVALUATE}: comparisons between the mapper's attributes and bound
 * values, {@code IS [NOT] NULL}, {@code AND} and {@code OR}. A comparison with a NULL on either
 * side is false, as SQL's is not true. Anything else (functions, LIKE, subqueries) cannot be
 * evaluated faithfully, so it is reported rather than guessed.
 */
final class WhereEvaluator {
    /** Thrown when the clause holds something the evaluator does not evaluate. */
    static final class Unsupported extends RuntimeException {
        Unsupported(ColumnElement<?> element) {
            super(String.valueOf(element), null, false, false);
        }
    }

    private final Mapper<?> mapper;

    WhereEvaluator(Mapper<?> mapper) {
        this.mapper = mapper;
    }

    /** Whether the object matches {@code where} ({@code null} matches every object). */
    boolean matches(ColumnElement<Boolean> where, Object object) {
        return where == null || test(where, object);
    }

    private boolean test(ColumnElement<?> element, Object object) {
        if (element instanceof BooleanClauseList list) {
            for (ColumnElement<Boolean> clause : list.clauses()) {
                if (test(clause, object) != list.isAnd()) {
                    return !list.isAnd();
                }
            }
            return list.isAnd();
        }
        if (!(element instanceof BinaryExpression<?> binary)) {
            throw new Unsupported(element);
        }
        Object left = value(binary.left(), object, element);
        Object right = value(binary.right(), object, element);
        switch (binary.operator()) {
            case IS:
                return left == null && right == null;
            case IS_NOT:
                return right == null && left != null;
            default:
                if (left == null || right == null) {
                    return false;
                }
        }
        return switch (binary.operator()) {
            case EQ -> InstanceState.same(left, right);
            case NE -> !InstanceState.same(left, right);
            case LT -> compare(left, right, element) < 0;
            case LE -> compare(left, right, element) <= 0;
            case GT -> compare(left, right, element) > 0;
            case GE -> compare(left, right, element) >= 0;
            default -> throw new Unsupported(element);
        };
    }

    private Object value(ColumnElement<?> operand, Object object, ColumnElement<?> whole) {
        if (operand instanceof Null) {
            return null;
        }
        if (operand instanceof BindParameter<?> bind && !bind.required()) {
            return bind.value();
        }
        if (operand instanceof ColumnAttribute<?, ?> attribute && attribute.entity() == mapper.entityClass()) {
            return mapper.property(attribute).get(object);
        }
        throw new Unsupported(whole);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object left, Object right, ColumnElement<?> whole) {
        if (!(left instanceof Comparable comparable) || !left.getClass().isInstance(right)) {
            throw new Unsupported(whole);
        }
        return comparable.compareTo(right);
    }
}
