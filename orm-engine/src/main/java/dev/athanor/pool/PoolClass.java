package dev.athanor.pool;

/** Which pool an engine uses, as SQLAlchemy's {@code poolclass}. */
public enum PoolClass {
    /** HikariCP with {@code poolSize} + {@code maxOverflow} connections (SQLAlchemy's QueuePool). */
    QUEUE,
    /** No pooling: a new physical connection per checkout, closed at checkin (scripts, CLIs). */
    NULL,
    /** One connection shared by every checkout, lent to one holder at a time (SQLite {@code :memory:}). */
    STATIC
}
