package dev.athanor.orm;

import dev.athanor.engine.Connection;

/**
 * Mapper events around each row a flush writes, like SQLAlchemy's {@code before_insert} …
 * {@code after_delete}. "Before" listeners may change the target's fields (an {@code updatedAt}
 * stamp) and the change is written; "after" listeners may run statements on the connection (an
 * audit row), inside the flush's transaction. Register with {@link Mapper#addListener}; the type
 * parameter is the mapped class, so a listener reads its target without a cast:
 *
 * <pre>{@code
 * registry.mapper(User.class).addListener(new MapperListener<User>() {
 *     public void beforeInsert(Mapper<?> mapper, Connection connection, User user) {
 *         user.setCreatedAt(LocalDateTime.now());
 *     }
 * });
 * }</pre>
 *
 * @param <T> the mapped class whose rows the listener hears about (a listener on a base class's
 *     mapper also hears about its subclasses' rows)
 */
public interface MapperListener<T> {

    /** Before the target's INSERT is built. */
    default void beforeInsert(Mapper<?> mapper, Connection connection, T target) {
    }

    /** After the target's row was inserted and its generated key set. */
    default void afterInsert(Mapper<?> mapper, Connection connection, T target) {
    }

    /** Before the UPDATE of a modified target is built. */
    default void beforeUpdate(Mapper<?> mapper, Connection connection, T target) {
    }

    /** After the target's row was updated. */
    default void afterUpdate(Mapper<?> mapper, Connection connection, T target) {
    }

    /** Before the target's DELETE is sent. */
    default void beforeDelete(Mapper<?> mapper, Connection connection, T target) {
    }

    /** After the target's row was deleted. */
    default void afterDelete(Mapper<?> mapper, Connection connection, T target) {
    }
}
