/**
 * DDL statements as values ({@link dev.athanor.schema.ddl.CreateTable} …) and the
 * {@link dev.athanor.schema.ddl.DdlCompiler} that renders them; each dialect subclasses the
 * compiler and its {@link dev.athanor.schema.ddl.DdlTypeCompiler} where its SQL differs.
 */
package dev.athanor.schema.ddl;
