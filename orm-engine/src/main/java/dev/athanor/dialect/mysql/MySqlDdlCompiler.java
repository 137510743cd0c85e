package dev.athanor.dialect.mysql;

import dev.athanor.exc.CompileError;
import dev.athanor.schema.CheckConstraint;
import dev.athanor.schema.Column;
import dev.athanor.schema.Constraint;
import dev.athanor.schema.ConstraintVisitor;
import dev.athanor.schema.ForeignKeyConstraint;
import dev.athanor.schema.PrimaryKeyConstraint;
import dev.athanor.schema.Table;
import dev.athanor.schema.UniqueConstraint;
import dev.athanor.schema.ddl.AlterColumn;
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

    /** {@code ALTER TABLE t COMMENT 'text'}; an empty comment removes it. */
    @Override
    protected List<String> tableComment(String qualifiedTable, String comment) {
        return List.of("ALTER TABLE " + qualifiedTable + " COMMENT " + typeCompiler().literal(comment == null ? "" : comment));
    }

    /** Column comments are part of the column's definition here ({@link #columnSuffix}), never a statement. */
    @Override
    protected List<String> columnComment(String qualifiedTable, String column, String comment) {
        return List.of();
    }

    /**
     * A change of type, nullability or comment restates the whole column, {@code ALTER TABLE t
     * MODIFY c BIGINT NOT NULL DEFAULT 0 COMMENT '…'} ({@code CHANGE c d …} when it is also renamed),
     * so what is not changing comes from the {@code existing…} hints; a default alone or a rename
     * alone is altered in place.
     */
    @Override
    public List<String> visitAlterColumn(AlterColumn alter) {
        boolean restate = alter.type() != null || alter.nullable() != null || alter.comment() != null
                || (alter.newName() != null && alter.serverDefault() != null);
        if (!restate) {
            return super.visitAlterColumn(alter);
        }
        String where = alter.table() + "." + alter.column();
        if (alter.resultingType() == null) {
            throw new CompileError("Cannot alter column " + where + " on " + dialectName() + " without its type: MySQL"
                    + " restates the whole column (MODIFY); pass existingType(…)");
        }
        if (alter.resultingNullable() == null) {
            throw new CompileError("Cannot alter column " + where + " on " + dialectName() + " without its"
                    + " nullability: MySQL restates the whole column (MODIFY); pass existingNullable(…)");
        }
        StringBuilder spec = new StringBuilder(typeName(alter.resultingType(), alter))
                .append(alter.resultingNullable() ? " NULL" : " NOT NULL");
        if (alter.resultingServerDefault() != null) {
            spec.append(" DEFAULT ").append(alter.resultingServerDefault());
        }
        if (alter.resultingComment() != null) {
            spec.append(" COMMENT ").append(typeCompiler().literal(alter.resultingComment()));
        }
        String head = alterTable(alter.schema(), alter.table()) + (alter.newName() == null
                ? " MODIFY " + quote(alter.column())
                : " CHANGE " + quote(alter.column()) + " " + quote(alter.newName()));
        return List.of(head + " " + spec);
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
