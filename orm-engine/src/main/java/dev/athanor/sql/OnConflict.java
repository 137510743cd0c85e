package dev.athanor.sql;

import dev.athanor.sql.compiler.CacheKey;
import java.util.List;
import java.util.Map;

/**
 * What an INSERT does when a row with the same key exists: {@code ON CONFLICT (…) DO UPDATE SET …}
 * (PostgreSQL, SQLite), {@code ON DUPLICATE KEY UPDATE …} (MySQL, MariaDB) or a {@code MERGE}
 * (H2, Oracle, SQL Server), whichever the dialect has. An empty {@link #set()} means do nothing.
 *
 * @param indexElements the columns of the unique key that may conflict (empty: any key, MySQL-style)
 * @param set the columns to update and their new values; may use {@link Insert#excluded}
 */
public record OnConflict(List<ColumnClause<?>> indexElements, Map<ColumnClause<?>, ColumnElement<?>> set) {

    public OnConflict {
        indexElements = List.copyOf(indexElements);
    }

    /** Whether the conflicting row is left as it is ({@code DO NOTHING}). */
    public boolean doNothing() {
        return set.isEmpty();
    }

    void appendCacheKey(CacheKey.Builder key) {
        key.append("onConflict").append(indexElements.size());
        indexElements.forEach(column -> key.append(column.name()));
        ColumnValues.appendCacheKey(key, set);
    }
}
