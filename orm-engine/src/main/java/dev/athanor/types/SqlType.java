package dev.athanor.types;

/**
 * A database type: what a column holds and which Java type carries its values.
 *
 * <p>Types are immutable values (records) that describe, never bind: each dialect decides how a
 * type is named in DDL and how its values travel through JDBC, by visiting the type once and
 * caching what it built. Custom types wrap a built-in one with {@link TypeDecorator}.
 *
 * @param <T> the Java type of the values
 */
public interface SqlType<T> {

    /** The Java class that carries this type's values. */
    Class<T> javaType();

    /** Double dispatch for dialects: calls the visitor method of this type's kind. */
    <R> R accept(TypeVisitor<R> visitor);
}
