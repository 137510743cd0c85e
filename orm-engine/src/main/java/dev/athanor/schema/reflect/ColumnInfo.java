package dev.athanor.schema.reflect;

import dev.athanor.types.SqlType;

/**
 * One column of a reflected table.
 *
 * <p>The type is parsed from the name the database reports. A native enum ({@code CREATE TYPE …
 * AS ENUM} on PostgreSQL, {@code ENUM('a','b')} on MySQL) reads back as a string type as long as
 * its longest label, since no Java enum exists to map it to; {@link #typeName()} keeps the
 * database's own spelling.
 *
 * @param name the column name
 * @param type the Athanor type, or {@link dev.athanor.types.Types#NULL} when no built-in type fits
 * @param typeName the type as the database reports it, e.g. {@code character varying(50)}
 * @param nullable whether the column accepts {@code NULL}
 * @param serverDefault the default as SQL text ({@code 'abc'}, {@code 0}, {@code CURRENT_TIMESTAMP}),
 *     or {@code null}; sequence defaults of identity and serial columns are not reported
 * @param autoincrement whether the database generates the value itself: identity, serial,
 *     {@code AUTO_INCREMENT} or SQLite's rowid alias
 * @param comment the column comment, or {@code null}
 */
public record ColumnInfo(String name, SqlType<?> type, String typeName, boolean nullable,
                         String serverDefault, boolean autoincrement, String comment) {
}
