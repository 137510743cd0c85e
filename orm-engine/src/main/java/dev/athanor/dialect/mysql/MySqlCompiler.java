package dev.athanor.dialect.mysql;

import dev.athanor.dialect.DialectCompiler;
import dev.athanor.sql.BinaryExpression;
import dev.athanor.sql.BindParameter;
import dev.athanor.sql.ClauseElement;
import dev.athanor.sql.Excluded;
import dev.athanor.sql.OnConflict;
import dev.athanor.sql.TableClause;
import dev.athanor.types.SqlType;
import java.util.List;

/**
 * MySQL's statement compiler: {@code concat()} for strings, {@code LIMIT} with a maximal row count
 * before a lone OFFSET, multi-table UPDATE/DELETE, {@code ON DUPLICATE KEY UPDATE} with the
 * {@code AS new} row alias (MySQL 8.0.19+) and CAST to MySQL's cast types. String literals escape
 * backslashes too, as {@link MySqlTypeCompiler#literal} writes them.
 */
public class MySqlCompiler extends DialectCompiler {
    /** MySQL's documented way to say "all remaining rows" before an OFFSET. */
    private static final String NO_LIMIT = "18446744073709551615";

    public MySqlCompiler(MySqlDialect dialect, boolean literalBinds) {
        super(dialect, literalBinds);
    }

    @Override
    protected void defaultValues() {
        append(" () VALUES ()"); // MySQL and MariaDB have no DEFAULT VALUES
    }

    @Override
    protected void concat(BinaryExpression<?> binary) {
        binaryFunction("concat", binary);
    }

    @Override
    protected void now() {
        append("now()");
    }

    @Override
    protected boolean supportsNullsOrdering() {
        return false;
    }

    @Override
    protected void limitOffset(BindParameter<Integer> limit, BindParameter<Integer> offset, boolean ordered) {
        if (limit == null && offset != null) {
            append(" LIMIT " + NO_LIMIT + " OFFSET ");
            offset.compile(this);
            return;
        }
        super.limitOffset(limit, offset, ordered);
    }

    @Override
    protected boolean updateTablesAfterTarget() {
        return true;
    }

    @Override
    protected void deleteUsing(TableClause target, List<? extends ClauseElement> froms) {
        append(" USING ");
        target.compile(this);
        append(", ");
        appendList(froms, ", ");
    }

    @Override
    protected void onDuplicateKeyUpdate(OnConflict upsert) {
        append(" AS new");
        super.onDuplicateKeyUpdate(upsert);
    }

    @Override
    public void visitExcluded(Excluded<?> excluded) {
        append("new.").appendIdentifier(excluded.column().name());
    }

    @Override
    protected String castTypeName(SqlType<?> type) {
        return switch (type.javaType().getSimpleName()) {
            case "Integer", "Short", "Long" -> "SIGNED";
            case "String" -> "CHAR";
            case "LocalDateTime" -> "DATETIME";
            default -> super.castTypeName(type).replace("NUMERIC", "DECIMAL");
        };
    }
}
