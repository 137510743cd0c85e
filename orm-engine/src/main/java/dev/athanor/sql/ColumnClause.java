package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A column of a table as the expression language sees it; {@code dev.athanor.schema.Column}
 * extends it with nullability, defaults and constraints.
 *
 * @param <T> the Java type of the column's values
 */
public abstract class ColumnClause<T> extends ColumnElement<T> {
    /**
     * This column's part of a cache key, kept until its table, name or type changes: one token
     * with its hash computed once, where five were appended, hashed and compared for every
     * statement built per call (a select of an entity's columns gave a key of 52 tokens).
     */
    private Shape shape;

    /** The column's name, unquoted. */
    public abstract String name();

    /** The table the column belongs to, or {@code null} for a free-standing column. */
    public abstract TableClause table();

    /**
     * The value an INSERT uses when it gives none for this column, asked once per inserted row; or
     * {@code null} when the application supplies no default (the database's own default, if any,
     * then applies). {@code schema.Column} answers from its {@code defaultValue}.
     */
    public Supplier<?> insertDefault() {
        return null;
    }

    /**
     * The value an UPDATE sets when it does not set this column, asked once per row; or
     * {@code null}. {@code schema.Column} answers from its {@code onUpdate}.
     */
    public Supplier<?> updateDefault() {
        return null;
    }

    @Override
    String bindKeyBase() {
        return name();
    }

    @Override
    void collectFroms(Consumer<FromClause> froms) {
        TableClause table = table();
        if (table != null) {
            froms.accept(table);
        }
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitColumn(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        TableClause table = table();
        Shape made = shape;
        if (made == null || made.table != table || made.name != name() || made.type != type()) {
            made = new Shape(table, name(), type());
            shape = made;
        }
        key.append(made);
    }

    /**
     * The SQL-deciding parts of a column, equal by value: two column objects of the same name,
     * table and type (a {@code column("x")} built per call) share compiled statements as before.
     */
    private static final class Shape {
        /** What the token was made for, compared by identity to tell that it is still this column's. */
        private final TableClause table;
        private final String schema;
        private final String tableName;
        private final String name;
        private final Object type;
        private final int hash;

        Shape(TableClause table, String name, Object type) {
            this.table = table;
            this.schema = table == null ? null : table.schema();
            this.tableName = table == null ? null : table.name();
            this.name = name;
            this.type = type;
            this.hash = Objects.hash(schema, tableName, name, type);
        }

        @Override
        public boolean equals(Object other) {
            return other == this || other instanceof Shape shape && hash == shape.hash && Objects.equals(name, shape.name)
                    && Objects.equals(tableName, shape.tableName) && Objects.equals(schema, shape.schema)
                    && Objects.equals(type, shape.type);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return "column " + (tableName == null ? "" : (schema == null ? "" : schema + ".") + tableName + ".") + name
                    + " " + type;
        }
    }

    @Override
    public String toString() {
        TableClause table = table();
        return table == null ? name() : table.name() + "." + name();
    }
}
