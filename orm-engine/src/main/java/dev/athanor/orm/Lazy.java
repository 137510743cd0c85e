package dev.athanor.orm;

/**
 * How a relationship is loaded, as SQLAlchemy's {@code lazy=} argument: on first access with its
 * own SELECT (the default), eagerly with the query that loads the parent, or never.
 */
public enum Lazy {
    /** A SELECT on first access of the attribute ({@code lazy="select"}). */
    SELECT,
    /** A LEFT OUTER JOIN in the query that loads the parent ({@code lazy="joined"}). */
    JOINED,
    /** One {@code WHERE … IN (…)} query per level after the parents are loaded ({@code lazy="selectin"}). */
    SELECTIN,
    /** A second query that repeats the parent query as a subquery ({@code lazy="subquery"}). */
    SUBQUERY,
    /** Access raises {@link dev.athanor.exc.LazyLoadError} instead of sending SQL ({@code lazy="raise"}). */
    RAISE,
    /** Never loaded: an empty collection or {@code null} ({@code lazy="noload"}). */
    NOLOAD,
    /** Never loaded as a whole; the collection is a query to filter, add to and remove from ({@code lazy="write_only"}). */
    WRITE_ONLY
}
