package dev.athanor.sql;

/**
 * A binary SQL operator with its binding strength, so the compiler adds parentheses only where
 * precedence needs them: {@code (a OR b) AND c}, {@code (a + b) * c}.
 */
public enum Operator {
    EQ("=", 5), NE("!=", 5), LT("<", 5), LE("<=", 5), GT(">", 5), GE(">=", 5),
    IS("IS", 5), IS_NOT("IS NOT", 5),
    LIKE("LIKE", 5), NOT_LIKE("NOT LIKE", 5), ILIKE("ILIKE", 5), NOT_ILIKE("NOT ILIKE", 5),
    IN("IN", 5), NOT_IN("NOT IN", 5), REGEXP("REGEXP", 5), NOT_REGEXP("NOT REGEXP", 5),
    CONCAT("||", 6), ADD("+", 7), SUBTRACT("-", 7), MULTIPLY("*", 8), DIVIDE("/", 8), MODULO("%", 8);

    /** Precedence of {@code OR}. */
    public static final int OR_PRECEDENCE = 2;
    /** Precedence of {@code AND}. */
    public static final int AND_PRECEDENCE = 3;
    /** Precedence of {@code NOT}. */
    public static final int NOT_PRECEDENCE = 4;
    /** Precedence of comparisons, {@code BETWEEN} and {@code IS NULL}. */
    public static final int COMPARISON_PRECEDENCE = 5;
    /** Precedence of {@code COLLATE}. */
    public static final int COLLATE_PRECEDENCE = 9;
    /** Precedence of anything that never needs parentheses: columns, binds, calls. */
    public static final int ATOM_PRECEDENCE = 100;

    private final String sql;
    private final int precedence;

    Operator(String sql, int precedence) {
        this.sql = sql;
        this.precedence = precedence;
    }

    /** The operator as ANSI SQL writes it; dialects may spell it differently. */
    public String sql() {
        return sql;
    }

    /** Binding strength: higher binds tighter. */
    public int precedence() {
        return precedence;
    }

    /** Whether {@code a op (b op c)} equals {@code (a op b) op c}, so the right side needs no parentheses. */
    public boolean associative() {
        return this == ADD || this == MULTIPLY || this == CONCAT;
    }

    /** The operator meaning the opposite, for {@code not(a.eq(b))} → {@code a != b}; or {@code null}. */
    public Operator negation() {
        return switch (this) {
            case EQ -> NE;
            case NE -> EQ;
            case LT -> GE;
            case GE -> LT;
            case GT -> LE;
            case LE -> GT;
            case IS -> IS_NOT;
            case IS_NOT -> IS;
            case LIKE -> NOT_LIKE;
            case NOT_LIKE -> LIKE;
            case ILIKE -> NOT_ILIKE;
            case NOT_ILIKE -> ILIKE;
            case IN -> NOT_IN;
            case NOT_IN -> IN;
            case REGEXP -> NOT_REGEXP;
            case NOT_REGEXP -> REGEXP;
            default -> null;
        };
    }
}
