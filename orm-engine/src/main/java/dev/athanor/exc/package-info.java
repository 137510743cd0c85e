/**
 * The exception hierarchy, shaped like {@code sqlalchemy.exc} so its documentation reads across:
 * {@link dev.athanor.exc.DBAPIError} and its subclasses wrap driver errors,
 * {@link dev.athanor.exc.InvalidRequestError} reports API misuse.
 */
package dev.athanor.exc;
