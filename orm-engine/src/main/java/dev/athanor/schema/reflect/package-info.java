/**
 * Immutable descriptions of what reflection found in a live database: columns, keys, indexes and
 * constraints, as returned by {@link dev.athanor.schema.Inspector}. Names are shown the way
 * Athanor writes them (a table created as {@code users} on H2 reads back as {@code users}, not
 * {@code USERS}).
 */
package dev.athanor.schema.reflect;
