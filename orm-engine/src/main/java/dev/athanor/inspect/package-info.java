/**
 * Read-only views of the ORM for tools and tests, like SQLAlchemy's {@code inspect()}: a mapped
 * class's columns and key ({@link dev.athanor.inspect.MapperInspection}) and an object's state in a
 * session ({@link dev.athanor.inspect.InstanceInspection}).
 */
package dev.athanor.inspect;
