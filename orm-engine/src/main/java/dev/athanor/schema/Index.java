package dev.athanor.schema;

import dev.athanor.exc.ArgumentError;
import dev.athanor.exc.InvalidRequestError;
import java.util.List;

/**
 * An index over columns of one table: {@code new Index("ix_users_email", "email").unique()}
 * renders {@code CREATE UNIQUE INDEX ix_users_email ON users (email)}. A {@code null} name is
 * filled in by the {@link NamingConvention} ({@code ix_<table>_<column>} by default).
 */
public final class Index implements SchemaItem {
    private final List<String> columnNames;
    private final String explicitName;
    private String name;
    private boolean unique;
    private String where;
    private Table table;
    private List<Column<?>> columns = List.of();

    /** An index named {@code name} (or by convention when {@code null}) over the named columns. */
    public Index(String name, String... columnNames) {
        if (columnNames.length == 0) {
            throw new ArgumentError("Index " + (name == null ? "" : "'" + name + "' ") + "needs at least one column");
        }
        this.explicitName = name;
        this.name = name;
        this.columnNames = List.of(columnNames);
    }

    /** Makes the index unique: {@code CREATE UNIQUE INDEX}. */
    public Index unique() {
        if (table != null) {
            throw new InvalidRequestError("Index '" + name + "' is attached to table '" + table.name()
                    + "' and can no longer change; configure it before passing it to MetaData.table(…)");
        }
        unique = true;
        return this;
    }

    /**
     * Makes the index partial, covering only rows where {@code sqlText} holds, rendered verbatim:
     * {@code CREATE INDEX … WHERE active}. Only databases with partial indexes (PostgreSQL, SQLite) accept it.
     */
    public Index where(String sqlText) {
        if (table != null) {
            throw new InvalidRequestError("Index '" + name + "' is attached to table '" + table.name()
                    + "' and can no longer change; configure it before passing it to MetaData.table(…)");
        }
        if (sqlText == null || sqlText.isBlank()) {
            throw new ArgumentError("Index " + (name == null ? "" : "'" + name + "' ") + "where(…) needs an SQL condition");
        }
        where = sqlText;
        return this;
    }

    /** The condition of a partial index, or {@code null}. */
    public String whereClause() {
        return where;
    }

    /** The index name rendered in DDL. */
    public String name() {
        return name;
    }

    /** The name given by the application, before any naming convention. */
    public String explicitName() {
        return explicitName;
    }

    /** Whether the index is unique. */
    public boolean isUnique() {
        return unique;
    }

    /** The table, or {@code null} before the index is attached. */
    public Table table() {
        return table;
    }

    /** The indexed columns' names, in order. */
    public List<String> columnNames() {
        return columnNames;
    }

    /** The indexed columns, resolved when the index is attached. */
    public List<Column<?>> columns() {
        return columns;
    }

    void attach(Table owner, List<Column<?>> resolved) {
        checkFree(owner);
        table = owner;
        columns = List.copyOf(resolved);
    }

    /** Rejects an index that another table has already attached. */
    void checkFree(Table owner) {
        if (table != null) {
            throw new InvalidRequestError("Index '" + name + "' already belongs to table '" + table.name()
                    + "'; create a new Index for table '" + owner.name() + "'");
        }
    }

    void assignName(String conventionName) {
        name = conventionName;
    }
}
