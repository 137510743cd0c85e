package dev.athanor.dialect.oracle;

import dev.athanor.dialect.DialectCompiler;
import dev.athanor.sql.BinaryExpression;
import dev.athanor.sql.BindParameter;
import dev.athanor.sql.ClauseElement;
import dev.athanor.sql.CompoundSelect;
import dev.athanor.sql.TableClause;
import java.util.List;

/**
 * Oracle's statement compiler (12c+): {@code OFFSET ? ROWS FETCH FIRST ? ROWS ONLY}, no {@code AS}
 * before table aliases, {@code FROM DUAL} for table-less selects, {@code MINUS}, {@code MOD()},
 * {@code REGEXP_LIKE()}, and {@code FOR UPDATE OF} naming a column of each locked table.
 */
public class OracleCompiler extends DialectCompiler {

    public OracleCompiler(OracleDialect dialect, boolean literalBinds) {
        super(dialect, literalBinds);
    }

    @Override
    protected void limitOffset(BindParameter<Integer> limit, BindParameter<Integer> offset, boolean ordered) {
        if (offset != null) {
            append(" OFFSET ");
            offset.compile(this);
            append(" ROWS");
        }
        if (limit != null) {
            append(" FETCH FIRST ");
            limit.compile(this);
            append(" ROWS ONLY");
        }
    }

    @Override
    protected String aliasKeyword() {
        return " ";
    }

    @Override
    protected String emptyFrom() {
        return " FROM DUAL";
    }

    @Override
    protected String setOperator(CompoundSelect.Kind kind) {
        return kind.sql().replace("EXCEPT", "MINUS");
    }

    @Override
    protected String recursiveKeyword() {
        return "";
    }

    @Override
    protected void modulo(BinaryExpression<?> binary) {
        binaryFunction("MOD", binary);
    }

    @Override
    protected void regexp(BinaryExpression<?> binary, boolean negated) {
        binaryFunction(negated ? "NOT REGEXP_LIKE" : "REGEXP_LIKE", binary);
    }

    /** Oracle locks the rows of the tables whose columns {@code OF} names. */
    @Override
    protected void lockedTable(TableClause table) {
        table.columns().get(0).compile(this);
    }

    @Override
    protected void updateFrom(TableClause target, List<? extends ClauseElement> froms) {
        throw unsupported("UPDATE reading other tables (UPDATE … FROM)");
    }

    @Override
    protected void deleteUsing(TableClause target, List<? extends ClauseElement> froms) {
        throw unsupported("DELETE reading other tables (DELETE … USING)");
    }
}
