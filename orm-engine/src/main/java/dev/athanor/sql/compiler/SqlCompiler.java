package dev.athanor.sql.compiler;

import dev.athanor.exc.CompileError;
import dev.athanor.sql.Between;
import dev.athanor.sql.BinaryExpression;
import dev.athanor.sql.BindParameter;
import dev.athanor.sql.BooleanClauseList;
import dev.athanor.sql.BooleanConstant;
import dev.athanor.sql.Case;
import dev.athanor.sql.Cast;
import dev.athanor.sql.ClauseElement;
import dev.athanor.sql.Collate;
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
import dev.athanor.sql.InList;
import dev.athanor.sql.Insert;
import dev.athanor.sql.Join;
import dev.athanor.sql.Label;
import dev.athanor.sql.OnConflict;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders an expression tree into SQL text and bind slots. One compiler instance compiles one
 * statement; dialects subclass it and override the {@code visit…} methods and hooks they render
 * differently, so there is exactly one place that decides each construct's SQL.
 *
 * <p>This class is the surface dialects see: every visit, every capability question and every
 * spelling hook is here, and nothing else is public. The work behind the visits is done by
 * package-private collaborators, one per concern, which call back into the hooks here:
 * {@link SelectCompiler} and {@link DmlCompiler} lay out statements, {@link ExpressionCompiler}
 * renders expressions and operators, {@link BindCompiler} writes bind parameters (as slots into
 * the cache key, or as literals) and {@link SqlWriter} holds the text and slots written so far.
 *
 * <p>The base class renders generic SQL, which is what {@code statement.toString()} shows; its
 * {@code supports…} hooks all answer yes. Dialect compilers answer from their capabilities and
 * raise {@link CompileError} naming the construct and the dialect for what they cannot render.
 */
public class SqlCompiler {
    private static final IdentifierPreparer GENERIC = new IdentifierPreparer("\"", "\"", Set.of("select", "from",
            "where", "group", "order", "by", "user", "table", "column", "and", "or", "not", "null", "join", "on",
            "as", "in", "is", "limit", "offset", "values", "insert", "update", "delete", "set", "union", "all"), false);

    private final IdentifierPreparer preparer;
    private final SqlWriter writer = new SqlWriter();
    private final BindCompiler binds;
    private final boolean literalBinds;
    private final ExpressionCompiler expressions = new ExpressionCompiler(this, writer);
    private final SelectCompiler selects = new SelectCompiler(this, expressions);
    private final DmlCompiler dml = new DmlCompiler(this, selects, writer);

    /**
     * @param preparer the dialect's identifier quoting rules
     * @param literalBinds render values inline (for offline scripts) instead of {@code ?} markers
     */
    public SqlCompiler(IdentifierPreparer preparer, boolean literalBinds) {
        this.preparer = preparer;
        this.binds = new BindCompiler(this, writer, literalBinds);
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
        binds.register(key.binds());
        statement.compile(this);
        Fragment body = writer.written();
        Fragment withCtes = selects.prependCtes(body);
        List<SqlType<?>> resultTypes = statement.returnedColumns().stream().<SqlType<?>>map(ColumnElement::type).toList();
        return new CompiledSql(withCtes.sql(), withCtes.slots(), statement.kind(), resultTypes,
                withCtes == body ? writer.manyValues() : null);
    }

    // ---- output ----------------------------------------------------------------------------------

    /** SQL text with the slots of the binds inside it, rendered apart and placed later. */
    public record Fragment(String sql, List<BindSlot> slots) {
    }

    /** Renders {@code work} into a separate fragment instead of the main text. */
    public final Fragment capture(Runnable work) {
        return writer.capture(work);
    }

    /** Appends a captured fragment. */
    public final SqlCompiler append(Fragment fragment) {
        writer.append(fragment);
        return this;
    }

    /** The identifier rules of the dialect being compiled for. */
    public IdentifierPreparer preparer() {
        return preparer;
    }

    /** Appends raw SQL text. */
    public SqlCompiler append(String text) {
        writer.append(text);
        return this;
    }

    /**
     * Appends SQL the user wrote ({@code text()}, {@code literalColumn}), after
     * {@link #userSqlForDriver} has made it safe to pass through the driver's own parsing (not
     * for offline scripts, whose text no driver parses).
     */
    public SqlCompiler appendUserSql(String sql) {
        writer.append(literalBinds ? sql : userSqlForDriver(sql));
        return this;
    }

    /**
     * User-written SQL as the driver must receive it. A driver that reads every {@code ?} outside
     * quotes as a placeholder (pgjdbc) needs operators such as PostgreSQL's jsonb {@code ?}
     * escaped; the default sends the text unchanged.
     */
    protected String userSqlForDriver(String sql) {
        return sql;
    }

    /** Appends an identifier, quoted where the dialect needs it. */
    public SqlCompiler appendIdentifier(String name) {
        writer.append(preparer.quote(name));
        return this;
    }

    /** Renders elements separated by {@code separator}. */
    public SqlCompiler appendList(List<? extends ClauseElement> elements, String separator) {
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                writer.append(separator);
            }
            elements.get(i).compile(this);
        }
        return this;
    }

    /** Renders an element in parentheses when it binds less tightly than its context. */
    public final void appendOperand(ColumnElement<?> operand, int contextPrecedence, boolean tieNeedsParentheses) {
        expressions.operand(operand, contextPrecedence, tieNeedsParentheses);
    }

    /** Runs {@code work} with columns written without their table: INSERT column lists, SET targets. */
    protected final void unqualified(Runnable work) {
        expressions.unqualified(work);
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
                appendUserSql(segment.sql());
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
        writer.append(preparer.qualify(table.schema(), table.name()));
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
        writer.append(aliasKeyword());
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
        selects.forUpdate(lock);
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
        expressions.column(column);
    }

    /** The name that qualifies columns of a FROM element: {@code schema.table}, or the alias. */
    protected void qualifier(TableClause table) {
        writer.append(preparer.qualify(table.schema(), table.name()));
    }

    public void visitBindParameter(BindParameter<?> parameter) {
        binds.bind(parameter);
    }

    /** The parameter marker the driver understands. */
    protected String bindMarker(BindParameter<?> parameter) {
        return "?";
    }

    /** Dispatches the operators dialects spell differently to the hooks below; the rest are {@link #infix}. */
    public void visitBinary(BinaryExpression<?> binary) {
        expressions.binary(binary);
    }

    /** Renders {@code left op right} with parentheses where precedence needs them, and any ESCAPE. */
    protected final void infix(BinaryExpression<?> binary, String operator) {
        expressions.infix(binary, operator);
    }

    /** Renders {@code name(left, right)}, for an operator the dialect spells as a two-argument function. */
    protected final void binaryFunction(String name, BinaryExpression<?> binary) {
        writer.append(name).append('(');
        binary.left().compile(this);
        writer.append(", ");
        binary.right().compile(this);
        writer.append(')');
    }

    /** {@code ILIKE} natively, else {@code lower(x) LIKE lower(?)}. */
    protected void ilike(BinaryExpression<?> binary) {
        expressions.ilike(binary);
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
        expressions.unary(unary);
    }

    public void visitInList(InList in) {
        expressions.inList(in, !literalBinds && bindsListsAsArrays());
    }

    /**
     * Whether {@code IN} over a list is sent as one array parameter ({@code = ANY(?)}), so a list
     * of any length is one parameter; the default writes one {@code ?} per value.
     */
    protected boolean bindsListsAsArrays() {
        return false;
    }

    /** Writes the bind of an {@code IN} list: one array parameter, or one marker expanded at execution. */
    final void bindList(BindParameter<?> parameter, boolean asArray) {
        binds.bindList(parameter, asArray);
    }

    public void visitCollate(Collate<?> collate) {
        expressions.collate(collate);
    }

    public void visitBetween(Between between) {
        expressions.between(between);
    }

    public void visitBooleanList(BooleanClauseList list) {
        expressions.booleanList(list);
    }

    public void visitBooleanConstant(BooleanConstant constant) {
        writer.append(renderBoolean(constant.value()));
    }

    /** {@code expr AS name} in a column list, {@code name} in ORDER BY, {@code expr} elsewhere. */
    public void visitLabel(Label<?> label) {
        expressions.label(label);
    }

    public void visitCast(Cast<?> cast) {
        expressions.cast(cast);
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
        expressions.function(function);
    }

    /** The function's name in this dialect ({@code LEN} for {@code length} on SQL Server). */
    protected String functionName(String name) {
        return name;
    }

    /** {@code func.now()}: {@code CURRENT_TIMESTAMP} here; PostgreSQL and MySQL say {@code now()}. */
    protected void now() {
        writer.append("CURRENT_TIMESTAMP");
    }

    public void visitOver(Over<?> over) {
        expressions.over(over);
    }

    /** {@code (PARTITION BY … ORDER BY … ROWS BETWEEN … AND …)}. */
    public void visitWindow(Window window) {
        expressions.window(window);
    }

    public void visitCase(Case<?> caseExpression) {
        expressions.caseExpression(caseExpression);
    }

    /** {@code expr [DESC] [NULLS FIRST | LAST]}, the NULLS part emulated where the dialect lacks it. */
    public void visitOrdering(Ordering ordering) {
        expressions.ordering(ordering);
    }

    /** Whether {@code NULLS FIRST}/{@code NULLS LAST} exist (else they are emulated). */
    protected boolean supportsNullsOrdering() {
        return true;
    }

    public void visitScalarSelect(ScalarSelect<?> scalar) {
        selects.parenthesized("(", scalar.select());
    }

    public void visitExists(Exists exists) {
        selects.parenthesized("EXISTS (", exists.select());
    }

    /** The value an upsert proposed: {@code excluded.name} here. */
    public void visitExcluded(Excluded<?> excluded) {
        writer.append("excluded.");
        appendIdentifier(excluded.column().name());
    }

    // ---- statement-layout hooks --------------------------------------------------------------

    /** Anything between {@code SELECT} and the columns: SQL Server's {@code TOP (?)}. */
    protected void selectPrefix(BindParameter<Integer> limit, BindParameter<Integer> offset) {
    }

    /** The paging clause after ORDER BY: {@code LIMIT ? OFFSET ?} here. */
    protected void limitOffset(BindParameter<Integer> limit, BindParameter<Integer> offset, boolean ordered) {
        if (limit != null) {
            writer.append(" LIMIT ");
            limit.compile(this);
        }
        if (offset != null) {
            writer.append(" OFFSET ");
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
        writer.append(" RETURNING ");
        expressions.inClause(ExpressionCompiler.Clause.COLUMNS, () -> appendList(columns, ", "));
    }

    /** Raises a CompileError when this dialect has no RETURNING for this kind of statement. */
    protected final void requireReturning(StatementKind kind) {
        if (!supportsReturning(kind)) {
            throw unsupported(kind + " … RETURNING");
        }
    }

    /** {@code INSERT} with no values: {@code DEFAULT VALUES} here; MySQL writes {@code () VALUES ()}. */
    protected void defaultValues() {
        writer.append(" DEFAULT VALUES");
    }

    /**
     * The other tables of an UPDATE: {@code UPDATE t SET … FROM a, b} here (PostgreSQL, SQLite,
     * SQL Server); MySQL lists them after the target instead.
     */
    protected void updateFrom(TableClause target, List<? extends ClauseElement> froms) {
        writer.append(" FROM ");
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
        dml.onDuplicateKeyUpdateClause(upsert);
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
        writer.append(" USING ");
        appendList(froms, ", ");
    }

    // ---- literals --------------------------------------------------------------------------------

    /**
     * A value written as an SQL literal, for {@code literalBinds}: strings have their quotes
     * doubled, so no value can end the literal early.
     */
    protected String renderLiteral(Object value) {
        return binds.literal(value);
    }

    /** A boolean literal; dialects without a boolean type render 1/0. */
    protected String renderBoolean(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /** A string literal with embedded quotes doubled. */
    protected String renderString(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
