package dev.athanor.orm;

import dev.athanor.engine.Connection;

/**
 * Mapper events around each row a flush writes, like SQLAlchemy's {@code before_insert} …
 * {@code after_delete}. "Before" listeners may change the target's fields (an {@code updatedAt}
 * stamp) and the change is written; "after" listeners may run statements on the connection (an
 * audit row), inside the flush's transaction. Register with {@link Mapper#addListener}.
 */
public interface MapperListener {

    /** Before the target's INSERT is built. */
    default void beforeInsert(Mapper<?> mapper, Connection connection, Object target) {
    }

    /** After the target's row was inserted and its generated key set. */
    default void afterInsert(Mapper<?> mapper, Connection connection, Object target) {
    }

    /** Before the UPDATE of a modified target is built. */
    default void beforeUpdate(Mapper<?> mapper, Connection connection, Object target) {
    }

    /** After the target's row was updated. */
    default void afterUpdate(Mapper<?> mapper, Connection connection, Object target) {
    }

    /** Before the target's DELETE is sent. */
    default void beforeDelete(Mapper<?> mapper, Connection connection, Object target) {
    }

    /** After the target's row was deleted. */
    default void afterDelete(Mapper<?> mapper, Connection connection, Object target) {
    }
}
