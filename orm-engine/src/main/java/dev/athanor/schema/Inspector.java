package dev.athanor.schema;

import dev.athanor.schema.reflect.CheckConstraintInfo;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.schema.reflect.ForeignKeyInfo;
import dev.athanor.schema.reflect.IndexInfo;
import dev.athanor.schema.reflect.PrimaryKeyInfo;
import dev.athanor.schema.reflect.UniqueConstraintInfo;
import java.util.List;

/**
 * Reflection of a live database, as SQLAlchemy's {@code inspect(engine)}: which schemas, tables,
 * sequences and types exist, and what each table's columns, keys, indexes and constraints are.
 *
 * <p>Names go in and come back as Athanor writes them: on databases that store unquoted names in
 * upper case (H2), a table created as {@code users} is listed as {@code users}, while one created
 * quoted as {@code "Mixed"} stays {@code Mixed}. A {@code null} schema, and every overload without
 * one, means the connection's default schema ({@link #defaultSchemaName()}).
 *
 * <p>Every per-table method throws {@link dev.athanor.exc.NoSuchTableError} naming the table when
 * it does not exist; errors from the database surface as {@link dev.athanor.exc.DBAPIError}s.
 * Each call reads the catalog afresh: nothing is cached, so an inspector sees DDL run after it was
 * made.
 */
public interface Inspector {

    /** The schemas of the database (for MySQL and MariaDB: its databases). */
    List<String> schemaNames();

    /** The schema unqualified names resolve to: {@code public}, {@code main}, the current database. */
    String defaultSchemaName();

    /** The tables (not views) of the default schema, sorted by name. */
    default List<String> tableNames() {
        return tableNames(null);
    }

    /** The tables (not views) of a schema, sorted by name. */
    List<String> tableNames(String schema);

    /** Whether a table or view of that name exists in the default schema. */
    default boolean hasTable(String table) {
        return hasTable(null, table);
    }

    /** Whether a table or view of that name exists in the schema. */
    boolean hasTable(String schema, String table);

    /** Whether a sequence exists in the default schema; {@code false} where there are none (SQLite). */
    default boolean hasSequence(String name) {
        return hasSequence(null, name);
    }

    /** Whether a sequence exists in the schema; {@code false} where there are none (SQLite). */
    boolean hasSequence(String schema, String name);

    /** Whether a named type (PostgreSQL enum, domain, range or composite) exists in the default schema. */
    default boolean hasType(String name) {
        return hasType(null, name);
    }

    /** Whether a named type (PostgreSQL enum, domain, range or composite) exists in the schema. */
    boolean hasType(String schema, String name);

    /** The columns of a table in the default schema, in table order. */
    default List<ColumnInfo> columns(String table) {
        return columns(null, table);
    }

    /** The columns of a table, in table order. */
    List<ColumnInfo> columns(String schema, String table);

    /** The primary key of a table in the default schema. */
    default PrimaryKeyInfo primaryKey(String table) {
        return primaryKey(null, table);
    }

    /** The primary key of a table; no columns when it has none. */
    PrimaryKeyInfo primaryKey(String schema, String table);

    /** The foreign keys of a table in the default schema. */
    default List<ForeignKeyInfo> foreignKeys(String table) {
        return foreignKeys(null, table);
    }

    /** The foreign keys of a table, sorted by name. */
    List<ForeignKeyInfo> foreignKeys(String schema, String table);

    /** The indexes of a table in the default schema. */
    default List<IndexInfo> indexes(String table) {
        return indexes(null, table);
    }

    /**
     * The indexes of a table, sorted by name, leaving out those the database made to enforce the
     * primary key or a unique constraint wherever the database tells them apart.
     */
    List<IndexInfo> indexes(String schema, String table);

    /** The unique constraints of a table in the default schema. */
    default List<UniqueConstraintInfo> uniqueConstraints(String table) {
        return uniqueConstraints(null, table);
    }

    /** The unique constraints of a table, sorted by name. */
    List<UniqueConstraintInfo> uniqueConstraints(String schema, String table);

    /** The check constraints of a table in the default schema. */
    default List<CheckConstraintInfo> checkConstraints(String table) {
        return checkConstraints(null, table);
    }

    /** The check constraints of a table, sorted by name. */
    List<CheckConstraintInfo> checkConstraints(String schema, String table);

    /** The comment on a table in the default schema, or {@code null}. */
    default String tableComment(String table) {
        return tableComment(null, table);
    }

    /** The comment on a table, or {@code null} when it has none or the database keeps none. */
    String tableComment(String schema, String table);
}
