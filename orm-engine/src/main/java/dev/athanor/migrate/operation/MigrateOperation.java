package dev.athanor.migrate.operation;

import dev.athanor.exc.InvalidRequestError;

/**
 * One migration operation as an immutable value, as Alembic's {@code MigrateOperation}: built by
 * {@link Operations} (or by autogenerate), run by {@link Operations#invoke}, and reversed for a
 * downgrade where the operation carries enough to undo itself.
 */
public interface MigrateOperation {

    /** A short description for messages and logs, e.g. {@code addColumn(users.email)}. */
    String describe();

    /**
     * The operation that undoes this one.
     *
     * @throws InvalidRequestError when this operation cannot be reversed, or lacks what reversing needs
     */
    default MigrateOperation reverse() {
        throw new InvalidRequestError("Operation " + describe() + " cannot be reversed; write its downgrade by hand");
    }
}
