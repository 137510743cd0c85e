package dev.athanor.sql;

import dev.athanor.types.SqlType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A statement that returns rows: a {@link Select} or a set operation of selects ({@link CompoundSelect}). */
public abstract class SelectBase implements Executable {

    SelectBase() {
    }

    /** The SELECT list, tables expanded to their columns. */
    public abstract List<ColumnElement<?>> selectedColumns();

    @Override
    public final StatementKind kind() {
        return StatementKind.SELECT;
    }

    @Override
    public final List<ColumnElement<?>> returnedColumns() {
        return selectedColumns();
    }

    /**
     * The names of the result columns as a subquery or CTE exposes them: the column name, the
     * label, the function name, else {@code anon_<n>}; repeats get {@code _1}, {@code _2}.
     */
    public final List<String> columnNames() {
        List<ColumnElement<?>> columns = selectedColumns();
        List<String> names = new ArrayList<>(columns.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            String natural = naturalName(columns.get(i));
            String name = natural == null ? "anon_" + (i + 1) : natural;
            for (int n = 1; !seen.add(name); n++) {
                name = natural + "_" + n;
            }
            names.add(name);
        }
        return names;
    }

    /** The name an expression has without a label, or {@code null}. */
    public static String naturalName(ColumnElement<?> column) {
        if (column instanceof ColumnClause<?> clause) {
            return clause.name();
        }
        if (column instanceof Label<?> label) {
            return label.name();
        }
        if (column instanceof FunctionCall<?> function) {
            return function.name();
        }
        if (column instanceof Over<?> over) {
            return over.function().name();
        }
        return null;
    }

    /** This query in FROM: {@code (SELECT …) AS name}, whose columns are reached with {@code .c(…)}. */
    public Subquery subquery(String name) {
        return new Subquery(this, Identifiers.require("subquery", name), false);
    }

    /** This query as a {@code LATERAL} subquery, which may refer to the FROM elements before it. */
    public Subquery lateral(String name) {
        return new Subquery(this, Identifiers.require("subquery", name), true);
    }

    /** This query as a common table expression: {@code WITH name AS (SELECT …)}. */
    public Cte cte(String name) {
        return new Cte(this, Identifiers.require("CTE", name), false);
    }

    /**
     * This query as the anchor of a recursive CTE; complete it with {@link Cte#unionAll}:
     * {@code WITH RECURSIVE name(cols) AS (anchor UNION ALL recursive part)}.
     */
    public Cte cteRecursive(String name) {
        return new Cte(this, Identifiers.require("CTE", name), true);
    }

    /** This query as a value, typed as its single column: {@code (SELECT max(x) FROM t)}. */
    @SuppressWarnings("unchecked")
    public <T> ScalarSelect<T> scalarSubquery() {
        List<ColumnElement<?>> columns = selectedColumns();
        return new ScalarSelect<>(this, (SqlType<T>) columns.get(0).type());
    }

    /** {@code EXISTS (this query)}. */
    public Exists exists() {
        return new Exists(this);
    }

    @Override
    public String toString() {
        return dev.athanor.sql.compiler.SqlCompiler.render(this);
    }
}
