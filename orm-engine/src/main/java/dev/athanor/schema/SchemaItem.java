package dev.athanor.schema;

/**
 * Something {@link MetaData#table} accepts when declaring a table: a {@link Column}, a
 * {@link Constraint} or an {@link Index}. Items belong to one table; they can be configured only
 * until they are attached to it.
 */
public sealed interface SchemaItem permits Column, Constraint, Index {
}
