/**
 * The database schema as Java objects, like SQLAlchemy's {@code MetaData}: {@link dev.athanor.schema.Table},
 * {@link dev.athanor.schema.Column}, constraints, indexes and sequences, created and dropped in
 * foreign-key dependency order through {@link dev.athanor.schema.MetaData#createAll}.
 */
package dev.athanor.schema;
