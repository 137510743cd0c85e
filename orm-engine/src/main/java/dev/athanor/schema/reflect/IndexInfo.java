package dev.athanor.schema.reflect;

import java.util.List;

/**
 * An index of a reflected table that was created as an index, not one the database made to
 * enforce a primary key or unique constraint. MySQL and MariaDB keep no such distinction (a unique
 * constraint is a unique index there), so their unique indexes are reported both here and as
 * {@link UniqueConstraintInfo}s, as SQLAlchemy does.
 *
 * @param name the index name
 * @param columns the indexed columns in order; an expression appears as its SQL text where the
 *     database reports it (PostgreSQL), and indexes on expressions the database cannot describe
 *     (SQLite) are not reported
 * @param unique whether the index enforces uniqueness
 */
public record IndexInfo(String name, List<String> columns, boolean unique) {

    public IndexInfo {
        columns = List.copyOf(columns);
    }
}
