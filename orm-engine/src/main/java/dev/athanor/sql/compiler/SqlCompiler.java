package dev.athanor.sql.compiler;

import dev.athanor.exc.ArgumentError;
import dev.athanor.exc.CompileError;
import dev.athanor.sql.Between;
import dev.athanor.sql.BinaryExpression;
import dev.athanor.sql.BindParameter;
import dev.athanor.sql.BooleanClauseList;
import dev.athanor.sql.BooleanConstant;
import dev.athanor.sql.Case;
import dev.athanor.sql.Cast;
import dev.athanor.sql.ClauseElement;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.CompoundSelect;
import dev.athanor.sql.Cte;
import dev.athanor.sql.Delete;
import dev.athanor.sql.Excluded;
import dev.athanor.sql.Executable;
import dev.athanor.sql.Exists;
import dev.athanor.sql.ForUpdate;
import dev.athanor.sql.FunctionCall;
import dev.athanor.sql.Insert;
import dev.athanor.sql.Join;
import dev.athanor.sql.Label;
import dev.athanor.sql.OnConflict;
import dev.athanor.sql.Operator;
import dev.athanor.sql.Ordering;
import dev.athanor.sql.Over;
import dev.athanor.sql.ScalarSelect;
import dev.athanor.sql.Select;
import dev.athanor.sql.StatementKind;
import dev.athanor.sql.Subquery;
import dev.athanor.sql.TableAlias;
import dev.athanor.sql.TableClause;
import dev.athanor.sql.TextClause;
import dev.athanor.sql.UnaryExpression;
import dev.athanor.sql.Update;
import dev.athanor.sql.Window;
import dev.athanor.types.SqlType;
import dev.athanor.types.TypeDecorator;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Renders an expression tree into SQL text and bind slots. One compiler instance compiles one
 * statement; dialects subclass it and override the {@code visit…} methods and hooks they render
 * differently, so there is exactly one place that decides each construct's SQL. This class
 * renders expressions and owns the output; {@link SelectCompiler} and {@link DmlCompiler} lay out
 * statements and call back into the hooks here.
 *
 * <p>The base class renders generic SQL, which is what {@code statement.toString()} shows; its
 * {@code supports…} hooks all answer yes. Dialect compilers answer from their capabilities and
 * raise {@link CompileError} naming the construct and the dialect for what they cannot render.
 */
public class SqlCompiler {
    private static final IdentifierPreparer GENERIC = new IdentifierPreparer("\"", "\"", Set.of("select", "from",
            "where", "group", "order", "by", "user", "table", "column", "and", "or", "not", "null", "join", "on",
            "as", "in", "is", "limit", "offset", "values", "insert", "update", "delete", "set", "union", "all"), false);

    /** Where the expression being rendered sits, which decides how a {@link Label} renders. */
    enum Clause { COLUMNS, ORDER_BY, OTHER }

    private final IdentifierPreparer preparer;
    private final boolean literalBinds;
    private StringBuilder sql = new StringBuilder(128);
    private List<BindSlot> slots = new ArrayList<>();
    private final Map<BindParameter<?>, Integer> sourceIndexes = new IdentityHashMap<>();
    private final SelectCompiler selects = new SelectCompiler(this);
    private final DmlCompiler dml = new DmlCompiler(this, selects);
    private Clause clause = Clause.OTHER;
    private boolean qualifyColumns = true;
    private int captureDepth;
    private CompiledSql.ManyValues manyValues;

    /**
     * @param preparer the dialect's identifier quoting rules
     * @param literalBinds render values inline (for offline scripts) instead of {@code ?} markers
     */
    public SqlCompiler(IdentifierPreparer preparer, boolean literalBinds) {
        this.preparer = preparer;
        this.literalBinds = literalBinds;
    }

    /** Generic SQL for debugging, with {@code :name} markers: what {@code statement.toString()} shows. */
    public static String render(Executable statement) {
        SqlCompiler compiler = new SqlCompiler(GENERIC, false) {
            @Override
            protected String bindMarker(BindParameter<?> parameter) {
                return ":" + parameter.key();
            }
        };
        return compiler.compile(statement, CacheKey.of(statement)).sql();
    }

    /** Compiles a statement whose cache key has been computed. */
    public CompiledSql compile(Executable statement, CacheKey key) {
        List<BindParameter<?>> binds = key.binds();
        for (int i = 0; i < binds.size(); i++) {
            sourceIndexes.putIfAbsent(binds.get(i), i);
        }
        statement.compile(this);
        Fragment body = new Fragment(sql.toString(), slots);
        Fragment withCtes = selects.prependCtes(body);
        List<SqlType<?>> resultTypes = statement.returnedColumns().stream().<SqlType<?>>map(ColumnElement::type).toList();
        return new CompiledSql(withCtes.sql(), withCtes.slots(), statement.kind(), resultTypes,
                withCtes == body ? manyValues : null);
    }

    // ---- output ----------------------------------------------------------------------------------

    /** SQL text with the slots of the binds inside it, rendered apart and placed later. */
    public record Fragment(String sql, List<BindSlot> slots) {
    }

    /** Renders {@code work} into a separate fragment instead of the main text. */
    public final Fragment capture(Runnable work) {
        StringBuilder savedSql = sql;
        List<BindSlot> savedSlots = slots;
        sql = new StringBuilder();
        slots = new ArrayList<>();
        captureDepth++;
        try {
            work.run();
            return new Fragment(sql.toString(), slots);
        } finally {
            captureDepth--;
            sql = savedSql;
            slots = savedSlots;
        }
    }

    /** Appends a captured fragment. */
    public final SqlCompiler append(Fragment fragment) {
        sql.append(fragment.sql());
        slots.addAll(fragment.slots());
        return this;
    }

    /** The identifier rules of the dialect being compiled for. */
    public IdentifierPreparer preparer() {
        return preparer;
    }

    /** Appends raw SQL text. */
    public SqlCompiler append(String text) {
        sql.append(text);
        return this;
    }

    /** Appends an identifier, quoted where the dialect needs it. */
    public SqlCompiler appendIdentifier(String name) {
        sql.append(preparer.quote(name));
        return this;
    }

    /** Renders elements separated by {@code separator}. */
    public SqlCompiler appendList(List<? extends ClauseElement> elements, String separator) {
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                sql.append(separator);
            }
            elements.get(i).compile(this);
        }
        return this;
    }

    /** Renders an element in parentheses when it binds less tightly than its context. */
    public final void appendOperand(ColumnElement<?> operand, int contextPrecedence, boolean tieNeedsParentheses) {
        int precedence = operand.precedence();
        boolean parentheses = precedence < contextPrecedence || (tieNeedsParentheses && precedence == contextPrecedence);
        if (parentheses) {
            sql.append('(');
        }
        operand.compile(this);
        if (parentheses) {
            sql.append(')');
        }
    }

    /** Runs {@code work} in a clause position (columns, ORDER BY, elsewhere). */
    final void inClause(Clause position, Runnable work) {
        Clause saved = clause;
        clause = position;
        try {
            work.run();
        } finally {
            clause = saved;
        }
    }

    /** Runs {@code work} with columns written without their table: INSERT column lists, SET targets. */
    protected final void unqualified(Runnable work) {
        boolean saved = qualifyColumns;
        qualifyColumns = false;
        try {
            work.run();
        } finally {
            qualifyColumns = saved;
        }
    }

    /** How far the main text has grown (for locating the VALUES row of an insert). */
    final int position() {
        return captureDepth == 0 ? sql.length() : -1;
    }

    final int slotCount() {
        return slots.size();
    }

    final void recordManyValues(CompiledSql.ManyValues location) {
        manyValues = location;
    }

    /** A {@link CompileError} naming the construct and this dialect. */
    public final CompileError unsupported(String construct) {
        return new CompileError(construct + " is not supported by the " + dialectName()
                + " dialect; rewrite the statement without it or use a database that has it");
    }

    // ---- capability hooks (dialect compilers answer from the dialect) ---------------------------

    /** The dialect's name, for error messages. */
    protected String dialectName() {
        return "default";
    }

    /** Whether {@code RETURNING} (or the dialect's form) is available for this kind of statement. */
    protected boolean supportsReturning(StatementKind kind) {
        return true;
    }

    /** Whether FULL OUTER JOIN is available. */
    protected boolean supportsFullOuterJoin() {
        return true;
    }

    /** Whether {@code SELECT DISTINCT ON} is available. */
    protected boolean supportsDistinctOn() {
        return true;
    }

    /** Whether LATERAL subqueries are available. */
    protected boolean supportsLateral() {
        return true;
    }

    /** Whether a regular-expression operator exists. */
    protected boolean supportsRegexp() {
        return true;
    }

    /** Whether {@code ILIKE} is native (else it becomes {@code lower(x) LIKE lower(y)}). */
    protected boolean supportsIlike() {
        return false;
    }

    /** Whether {@code FOR UPDATE} is available. */
    protected boolean supportsForUpdate() {
        return true;
    }

    /** Whether {@code NOWAIT} and {@code SKIP LOCKED} are available. */
    protected boolean supportsSkipLocked() {
        return true;
    }

    /** Whether one INSERT may carry several VALUES rows. */
    protected boolean supportsMultiRowInsert() {
        return true;
    }

    /** Whether INTERSECT and EXCEPT exist. */
    protected boolean supportsIntersectExcept() {
        return true;
    }

    /** Whether window functions exist. */
    protected boolean supportsWindowFunctions() {
        return true;
    }

    /** Whether WITH (and WITH RECURSIVE) exists. */
    protected boolean supportsCte() {
        return true;
    }

    /** How this dialect writes an upsert. */
    protected UpsertStyle upsertStyle() {
        return UpsertStyle.ON_CONFLICT;
    }

    /** The ways databases spell an insert that updates an existing row instead. */
    public enum UpsertStyle { ON_CONFLICT, ON_DUPLICATE_KEY, MERGE, NONE }

    // ---- statements ------------------------------------------------------------------------------

    public void visitText(TextClause text) {
        Map<String, BindParameter<?>> binds = text.binds();
        for (TextClause.Segment segment : text.segments()) {
            if (segment.bindName() == null) {
                sql.append(segment.sql());
            } else {
                binds.get(segment.bindName()).compile(this);
            }
        }
    }

    public void visitSelect(Select select) {
        selects.select(select);
    }

    public void visitCompoundSelect(CompoundSelect compound) {
        selects.compound(compound);
    }

    public void visitInsert(Insert insert) {
        dml.insert(insert);
    }

    public void visitUpdate(Update update) {
        dml.update(update);
    }

    public void visitDelete(Delete delete) {
        dml.delete(delete);
    }

    // ---- FROM elements -------------------------------------------------------------------------

    public void visitTable(TableClause table) {
        sql.append(preparer.qualify(table.schema(), table.name()));
    }

    public void visitTableAlias(TableAlias alias) {
        visitAlias(alias.original(), alias.name());
    }

    /**
     * {@code original AS name}: any table clause standing for another under a new name renders
     * this way in FROM (Core's {@link TableAlias}, or the ORM's aliased entity).
     */
    public void visitAlias(TableClause original, String name) {
        original.compile(this);
        sql.append(aliasKeyword());
        appendIdentifier(name);
    }

    public void visitSubquery(Subquery subquery) {
        selects.subquery(subquery);
    }

    public void visitCte(Cte cte) {
        selects.cteReference(cte);
    }

    public void visitJoin(Join join) {
        selects.join(join);
    }

    public void visitForUpdate(ForUpdate lock) {
        if (!supportsForUpdate()) {
            throw unsupported("SELECT … FOR UPDATE");
        }
        sql.append(" FOR UPDATE");
        if (!lock.lockedTables().isEmpty()) {
            sql.append(" OF ");
            for (int i = 0; i < lock.lockedTables().size(); i++) {
                sql.append(i > 0 ? ", " : "");
                lockedTable(lock.lockedTables().get(i));
            }
        }
        if (lock.isNowait() || lock.isSkipLocked()) {
            if (!supportsSkipLocked()) {
                throw unsupported(lock.isNowait() ? "FOR UPDATE NOWAIT" : "FOR UPDATE SKIP LOCKED");
            }
            sql.append(lock.isNowait() ? " NOWAIT" : " SKIP LOCKED");
        }
    }

    /** A table in {@code FOR UPDATE OF}; Oracle names a column instead. */
    protected void lockedTable(TableClause table) {
        qualifier(table);
    }

    /** What a SELECT without tables ends with: nothing here; Oracle needs {@code FROM DUAL}. */
    protected String emptyFrom() {
        return "";
    }

    /** The keyword between a FROM element and its alias; Oracle allows no {@code AS} there. */
    protected String aliasKeyword() {
        return " AS ";
    }

    // ---- expressions ---------------------------------------------------------------------------

    public void visitColumn(ColumnClause<?> column) {
        TableClause table = column.table();
        if (table != null && qualifyColumns) {
            qualifier(table);
            sql.append('.');
        }
        appendIdentifier(column.name());
    }

    /** The name that qualifies columns of a FROM element: {@code schema.table}, or the alias. */
    protected void qualifier(TableClause table) {
        sql.append(preparer.qualify(table.schema(), table.name()));
    }

    public void visitBindParameter(BindParameter<?> parameter) {
        if (literalBinds) {
            if (parameter.required()) {
                throw new CompileError("Cannot render ':" + parameter.key()
                        + "' inline: it has no value (literal binds need every value up front)");
            }
            sql.append(renderLiteral(processDecorated(parameter.value(), parameter.type())));
            return;
        }
        Integer source = sourceIndexes.get(parameter);
        if (source == null) {
            throw new IllegalStateException("Bind parameter :" + parameter.key()
                    + " was not registered by its element's appendCacheKey");
        }
        slots.add(new BindSlot(parameter.key(), source, parameter.type()));
        sql.append(bindMarker(parameter));
    }

    /** The parameter marker the driver understands. */
    protected String bindMarker(BindParameter<?> parameter) {
        return "?";
    }

    public void visitBinary(BinaryExpression<?> binary) {
        switch (binary.operator()) {
            case ILIKE, NOT_ILIKE -> ilike(binary);
            case REGEXP, NOT_REGEXP -> {
                if (!supportsRegexp()) {
                    throw unsupported("regexpMatch");
                }
                regexp(binary, binary.operator() == Operator.NOT_REGEXP);
            }
            case CONCAT -> concat(binary);
            case MODULO -> modulo(binary);
            default -> infix(binary, binary.operator().sql());
        }
    }

    /** Renders {@code left op right} with parentheses where precedence needs them, and any ESCAPE. */
    protected final void infix(BinaryExpression<?> binary, String operator) {
        Operator op = binary.operator();
        // Comparisons do not chain: (a > b) = TRUE keeps its parentheses on the left too.
        appendOperand(binary.left(), op.precedence(), op.precedence() == Operator.COMPARISON_PRECEDENCE);
        sql.append(' ').append(operator).append(' ');
        appendOperand(binary.right(), op.precedence(), !op.associative());
        if (binary.escape() != null) {
            sql.append(" ESCAPE ").append(renderString(String.valueOf(binary.escape())));
        }
    }

    /** Renders {@code name(left, right)}, for an operator the dialect spells as a two-argument function. */
    protected final void binaryFunction(String name, BinaryExpression<?> binary) {
        sql.append(name).append('(');
        binary.left().compile(this);
        sql.append(", ");
        binary.right().compile(this);
        sql.append(')');
    }

    /** {@code ILIKE} natively, else {@code lower(x) LIKE lower(?)}. */
    protected void ilike(BinaryExpression<?> binary) {
        boolean negated = binary.operator() == Operator.NOT_ILIKE;
        if (supportsIlike()) {
            infix(binary, negated ? "NOT ILIKE" : "ILIKE");
            return;
        }
        sql.append("lower(");
        binary.left().compile(this);
        sql.append(negated ? ") NOT LIKE lower(" : ") LIKE lower(");
        binary.right().compile(this);
        sql.append(')');
    }

    /** A regular-expression match: {@code x REGEXP ?} here; PostgreSQL writes {@code ~}. */
    protected void regexp(BinaryExpression<?> binary, boolean negated) {
        infix(binary, negated ? "NOT REGEXP" : "REGEXP");
    }

    /** String concatenation: {@code a || b} here; MySQL calls {@code concat}, SQL Server uses {@code +}. */
    protected void concat(BinaryExpression<?> binary) {
        infix(binary, "||");
    }

    /** The remainder: {@code a % b} here; Oracle calls {@code MOD}. */
    protected void modulo(BinaryExpression<?> binary) {
        infix(binary, "%");
    }

    public void visitUnary(UnaryExpression<?> unary) {
        sql.append(unary.prefix());
        appendOperand(unary.element(), unary.precedence(), false);
        sql.append(unary.suffix());
    }

    public void visitBetween(Between between) {
        int precedence = Operator.COMPARISON_PRECEDENCE;
        appendOperand(between.element(), precedence, true);
        sql.append(between.negated() ? " NOT BETWEEN " : " BETWEEN ");
        appendOperand(between.low(), precedence, true);
        sql.append(" AND ");
        appendOperand(between.high(), precedence, true);
    }

    public void visitBooleanList(BooleanClauseList list) {
        String separator = list.isAnd() ? " AND " : " OR ";
        for (int i = 0; i < list.clauses().size(); i++) {
            if (i > 0) {
                sql.append(separator);
            }
            appendOperand(list.clauses().get(i), list.precedence(), true);
        }
    }

    public void visitBooleanConstant(BooleanConstant constant) {
        sql.append(renderBoolean(constant.value()));
    }

    public void visitLabel(Label<?> label) {
        switch (clause) {
            case COLUMNS -> {
                inClause(Clause.OTHER, () -> label.element().compile(this));
                sql.append(" AS ");
                appendIdentifier(label.name());
            }
            case ORDER_BY -> appendIdentifier(label.name());
            default -> label.element().compile(this);
        }
    }

    /** Renders a SELECT-list item, naming it {@code AS name} when the name differs from its own. */
    final void selectColumn(ColumnElement<?> column, String name) {
        inClause(Clause.COLUMNS, () -> column.compile(this));
        if (name != null && !(column instanceof Label<?>) && !name.equals(naturalColumnName(column))) {
            sql.append(" AS ");
            appendIdentifier(name);
        }
    }

    private static String naturalColumnName(ColumnElement<?> column) {
        return column instanceof ColumnClause<?> clause ? clause.name() : null;
    }

    public void visitCast(Cast<?> cast) {
        sql.append("CAST(");
        cast.element().compile(this);
        sql.append(" AS ").append(castTypeName(cast.type())).append(')');
    }

    /** The type name in {@code CAST(… AS name)}; dialect compilers use their DDL type names. */
    protected String castTypeName(SqlType<?> type) {
        return switch (type.javaType().getSimpleName()) {
            case "Integer", "Short" -> "INTEGER";
            case "Long" -> "BIGINT";
            case "String" -> "VARCHAR";
            case "BigDecimal" -> "NUMERIC";
            case "Double", "Float" -> "FLOAT";
            case "Boolean" -> "BOOLEAN";
            case "LocalDate" -> "DATE";
            case "LocalDateTime" -> "TIMESTAMP";
            default -> type.getClass().getSimpleName().replace("Type", "").toUpperCase(Locale.ROOT);
        };
    }

    public void visitFunction(FunctionCall<?> function) {
        if (function.name().equals("now")) {
            now();
            return;
        }
        if (function.bare()) {
            sql.append(function.name().toUpperCase(Locale.ROOT));
        } else {
            sql.append(functionName(function.name()));
            sql.append('(');
            inClause(Clause.OTHER, () -> appendList(function.arguments(), ", "));
            sql.append(')');
        }
    }

    /** The function's name in this dialect ({@code LEN} for {@code length} on SQL Server). */
    protected String functionName(String name) {
        return name;
    }

    /** {@code func.now()}: {@code CURRENT_TIMESTAMP} here; PostgreSQL and MySQL say {@code now()}. */
    protected void now() {
        sql.append("CURRENT_TIMESTAMP");
    }

    public void visitOver(Over<?> over) {
        if (!supportsWindowFunctions()) {
            throw unsupported("Window functions (OVER)");
        }
        over.function().compile(this);
        sql.append(" OVER ");
        over.window().compile(this);
    }

    public void visitWindow(Window window) {
        sql.append('(');
        String gap = "";
        if (!window.partitionByColumns().isEmpty()) {
            sql.append("PARTITION BY ");
            appendList(window.partitionByColumns(), ", ");
            gap = " ";
        }
        if (!window.orderings().isEmpty()) {
            sql.append(gap).append("ORDER BY ");
            appendList(window.orderings(), ", ");
            gap = " ";
        }
        if (window.frameUnit() != null) {
            sql.append(gap).append(window.frameUnit()).append(" BETWEEN ")
                    .append(frameBound(window.frameStart(), "PRECEDING")).append(" AND ")
                    .append(frameBound(window.frameEnd(), "FOLLOWING"));
        }
        sql.append(')');
    }

    private static String frameBound(Integer bound, String unboundedSide) {
        if (bound == null) {
            return "UNBOUNDED " + unboundedSide;
        }
        if (bound == 0) {
            return "CURRENT ROW";
        }
        return bound < 0 ? -bound + " PRECEDING" : bound + " FOLLOWING";
    }

    public void visitCase(Case<?> caseExpression) {
        sql.append("CASE");
        for (Case.When when : caseExpression.whens()) {
            sql.append(" WHEN ");
            when.condition().compile(this);
            sql.append(" THEN ");
            when.result().compile(this);
        }
        if (caseExpression.otherwiseResult() != null) {
            sql.append(" ELSE ");
            caseExpression.otherwiseResult().compile(this);
        }
        sql.append(" END");
    }

    public void visitOrdering(Ordering ordering) {
        Runnable element = () -> inClause(Clause.ORDER_BY, () -> ordering.element().compile(this));
        if (ordering.nulls() != null && !supportsNullsOrdering()) {
            // NULL sorts as the smallest value here; a leading CASE puts NULLs where asked.
            sql.append("CASE WHEN ");
            inClause(Clause.OTHER, () -> ordering.element().compile(this));
            sql.append(ordering.nulls() ? " IS NULL THEN 0 ELSE 1 END, " : " IS NULL THEN 1 ELSE 0 END, ");
        }
        element.run();
        if (ordering.descending()) {
            sql.append(" DESC");
        }
        if (ordering.nulls() != null && supportsNullsOrdering()) {
            sql.append(ordering.nulls() ? " NULLS FIRST" : " NULLS LAST");
        }
    }

    /** Whether {@code NULLS FIRST}/{@code NULLS LAST} exist (else they are emulated). */
    protected boolean supportsNullsOrdering() {
        return true;
    }

    public void visitScalarSelect(ScalarSelect<?> scalar) {
        sql.append('(');
        selects.nested(scalar.select(), true);
        sql.append(')');
    }

    public void visitExists(Exists exists) {
        sql.append("EXISTS (");
        selects.nested(exists.select(), true);
        sql.append(')');
    }

    /** The value an upsert proposed: {@code excluded.name} here. */
    public void visitExcluded(Excluded<?> excluded) {
        sql.append("excluded.");
        appendIdentifier(excluded.column().name());
    }

    // ---- statement-layout hooks --------------------------------------------------------------

    /** Anything between {@code SELECT} and the columns: SQL Server's {@code TOP (?)}. */
    protected void selectPrefix(BindParameter<Integer> limit, BindParameter<Integer> offset) {
    }

    /** The paging clause after ORDER BY: {@code LIMIT ? OFFSET ?} here. */
    protected void limitOffset(BindParameter<Integer> limit, BindParameter<Integer> offset, boolean ordered) {
        if (limit != null) {
            sql.append(" LIMIT ");
            limit.compile(this);
        }
        if (offset != null) {
            sql.append(" OFFSET ");
            offset.compile(this);
        }
    }

    /** The keyword of a set operation; Oracle writes {@code MINUS} for EXCEPT. */
    protected String setOperator(CompoundSelect.Kind kind) {
        return kind.sql();
    }

    /** The keyword after WITH for recursive CTEs; Oracle and SQL Server have none. */
    protected String recursiveKeyword() {
        return "RECURSIVE ";
    }

    /**
     * RETURNING at one of its two possible places: {@code beforeValues} (SQL Server's
     * {@code OUTPUT}, before VALUES / WHERE) or at the end ({@code RETURNING …}, this default).
     */
    protected void returning(StatementKind kind, List<ColumnElement<?>> columns, boolean beforeValues) {
        if (beforeValues || columns.isEmpty()) {
            return;
        }
        requireReturning(kind);
        sql.append(" RETURNING ");
        inClause(Clause.COLUMNS, () -> appendList(columns, ", "));
    }

    /** Raises a CompileError when this dialect has no RETURNING for this kind of statement. */
    protected final void requireReturning(StatementKind kind) {
        if (!supportsReturning(kind)) {
            throw unsupported(kind + " … RETURNING");
        }
    }

    /** {@code INSERT} with no values: {@code DEFAULT VALUES} here; MySQL writes {@code () VALUES ()}. */
    protected void defaultValues() {
        sql.append(" DEFAULT VALUES");
    }

    /**
     * The other tables of an UPDATE: {@code UPDATE t SET … FROM a, b} here (PostgreSQL, SQLite,
     * SQL Server); MySQL lists them after the target instead.
     */
    protected void updateFrom(TableClause target, List<? extends ClauseElement> froms) {
        sql.append(" FROM ");
        appendList(froms, ", ");
    }

    /**
     * The upsert clause of MySQL-style dialects: {@code ON DUPLICATE KEY UPDATE a = VALUES(a)}; a
     * do-nothing upsert assigns a key column to itself.
     */
    protected void onDuplicateKeyUpdate(OnConflict upsert) {
        onDuplicateKeyUpdateClause(upsert);
    }

    /** The plain {@code ON DUPLICATE KEY UPDATE …} clause, for dialects that wrap it. */
    protected final void onDuplicateKeyUpdateClause(OnConflict upsert) {
        append(" ON DUPLICATE KEY UPDATE ");
        if (upsert.doNothing()) {
            ColumnClause<?> column = upsert.indexElements().isEmpty() ? null : upsert.indexElements().get(0);
            if (column == null) {
                throw new ArgumentError("onConflictDoNothing() on " + dialectName()
                        + " needs a key column to assign to itself: onConflictDoNothing(table.c(\"id\"))");
            }
            unqualified(() -> column.compile(this));
            append(" = ");
            unqualified(() -> column.compile(this));
        } else {
            dml.assignments(upsert.set(), false);
        }
    }

    /** A value of the one-row source of an upsert MERGE: {@code ? AS id}. */
    protected void mergeSourceValue(ColumnClause<?> column, ColumnElement<?> value) {
        value.compile(this);
    }

    /** What ends a MERGE; SQL Server requires a semicolon. */
    protected String mergeTerminator() {
        return "";
    }

    /** Whether the other tables of an UPDATE are written right after its target (MySQL). */
    protected boolean updateTablesAfterTarget() {
        return false;
    }

    /** The other tables of a DELETE: {@code DELETE FROM t USING a, b} here (PostgreSQL). */
    protected void deleteUsing(TableClause target, List<? extends ClauseElement> froms) {
        sql.append(" USING ");
        appendList(froms, ", ");
    }

    // ---- literals --------------------------------------------------------------------------------

    /**
     * A value written as an SQL literal, for {@code literalBinds}: strings have their quotes
     * doubled, so no value can end the literal early.
     */
    protected String renderLiteral(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number number) {
            return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
        }
        if (value instanceof Boolean bool) {
            return renderBoolean(bool);
        }
        if (value instanceof CharSequence || value instanceof UUID || value instanceof Enum<?>) {
            return renderString(value instanceof Enum<?> constant ? constant.name() : value.toString());
        }
        if (value instanceof TemporalAccessor) {
            return renderString(value.toString().replace('T', ' '));
        }
        if (value instanceof byte[] bytes) {
            return "X'" + HexFormat.of().formatHex(bytes) + "'";
        }
        throw new ArgumentError("Cannot render a " + value.getClass().getName()
                + " as an SQL literal; execute the statement with bound parameters instead");
    }

    /** A boolean literal; dialects without a boolean type render 1/0. */
    protected String renderBoolean(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /** A string literal with embedded quotes doubled. */
    protected String renderString(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** Converts a custom type's value to its stored form before it is rendered. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object processDecorated(Object value, Object type) {
        return type instanceof TypeDecorator decorator ? decorator.processBind(value) : value;
    }
}
