package dev.athanor.dialect.mysql;

import dev.athanor.schema.CheckConstraint;
import dev.athanor.schema.Column;
import dev.athanor.schema.Constraint;
import dev.athanor.schema.ConstraintVisitor;
import dev.athanor.schema.ForeignKeyConstraint;
import dev.athanor.schema.PrimaryKeyConstraint;
import dev.athanor.schema.Table;
import dev.athanor.schema.UniqueConstraint;
import dev.athanor.schema.ddl.DdlCompiler;
import dev.athanor.schema.ddl.DdlTypeCompiler;
import dev.athanor.schema.ddl.DropIndex;
import java.util.List;

/**
 * MySQL's DDL: {@code AUTO_INCREMENT}, comments inline ({@code COMMENT '…'}), and tables created
 * with {@code DEFAULT CHARSET=utf8mb4} so that any Unicode text (emoji included) round-trips.
 * MySQL has no sequences; a column's sequence is ignored and the column autoincrements instead.
 */
public class MySqlDdlCompiler extends DdlCompiler {

    public MySqlDdlCompiler(MySqlDialect dialect) {
        this(dialect, new MySqlTypeCompiler());
    }

    protected MySqlDdlCompiler(MySqlDialect dialect, DdlTypeCompiler types) {
        super(dialect.name(), dialect.preparer(), types);
    }

    @Override
    public boolean supportsSequences() {
        return false;
    }

    @Override
    protected String identityClause(Column<?> column) {
        return "NOT NULL AUTO_INCREMENT";
    }

    @Override
    protected String columnSuffix(Column<?> column) {
        return column.comment() == null ? "" : " COMMENT " + typeCompiler().literal(column.comment());
    }

    @Override
    protected String tableSuffix(Table table) {
        return " DEFAULT CHARSET=utf8mb4"
                + (table.comment() == null ? "" : " COMMENT=" + typeCompiler().literal(table.comment()));
    }

    @Override
    protected List<String> commentStatements(Table table) {
        return List.of();
    }

    /** MySQL names indexes per table: {@code DROP INDEX ix ON t}. */
    @Override
    public List<String> visitDropIndex(DropIndex drop) {
        return List.of("DROP INDEX " + quote(drop.index().name()) + " ON " + tableName(drop.index().table()));
    }

    /** MySQL drops each kind of constraint with its own clause. */
    @Override
    protected String dropConstraintClause(Constraint constraint) {
        return constraint.accept(new ConstraintVisitor<String>() {
            @Override
            public String visitPrimaryKey(PrimaryKeyConstraint pk) {
                return "PRIMARY KEY";
            }

            @Override
            public String visitUnique(UniqueConstraint unique) {
                return "INDEX " + quote(requireName(unique));
            }

            @Override
            public String visitCheck(CheckConstraint check) {
                return "CONSTRAINT " + quote(requireName(check));
            }

            @Override
            public String visitForeignKey(ForeignKeyConstraint fk) {
                return "FOREIGN KEY " + quote(requireName(fk));
            }
        });
    }
}
