package dev.athanor;

import dev.athanor.asyncio.AsyncEngine;
import dev.athanor.dialect.Dialect;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import dev.athanor.engine.Url;
import dev.athanor.inspect.InstanceInspection;
import dev.athanor.inspect.MapperInspection;
import dev.athanor.orm.Registry;
import dev.athanor.orm.Session;
import dev.athanor.schema.Inspector;
import javax.sql.DataSource;

/**
 * The front door, like the {@code sqlalchemy} module itself:
 *
 * <pre>{@code
 * Engine engine = Athanor.createEngine("postgresql://scott:tiger@localhost:5432/mydb",
 *         EngineOptions.builder().poolSize(10).echo(true).build());
 * Engine memory = Athanor.createEngine("sqlite:///:memory:");
 * }</pre>
 */
public final class Athanor {
    private Athanor() {
    }

    /** An engine for a URL with SQLAlchemy's default options. */
    public static Engine createEngine(String url) {
        return createEngine(url, EngineOptions.DEFAULTS);
    }

    /** An engine for a URL ({@code dialect[+driver]://user:password@host:port/db} or {@code jdbc:…}). */
    public static Engine createEngine(String url, EngineOptions options) {
        return Engine.create(Url.parse(url), options);
    }

    /**
     * An async engine for a URL with SQLAlchemy's default options, as {@code create_async_engine}:
     * the same URLs as {@link #createEngine(String)} (no async driver is needed).
     */
    public static AsyncEngine createAsyncEngine(String url) {
        return createAsyncEngine(url, EngineOptions.DEFAULTS);
    }

    /**
     * An async engine for a URL: operations run on virtual threads (JDK 21+) or on a platform pool
     * as large as the connection pool; see {@link AsyncEngine}. Over an existing engine use
     * {@link AsyncEngine#of(Engine)}.
     */
    public static AsyncEngine createAsyncEngine(String url, EngineOptions options) {
        return AsyncEngine.create(url, options);
    }

    /** An engine over an application's own DataSource, which keeps pooling the connections. */
    public static Engine createEngine(DataSource dataSource, Dialect dialect) {
        return Engine.create(dataSource, dialect, EngineOptions.DEFAULTS);
    }

    /** Reflection of a live database, as SQLAlchemy's {@code inspect(engine)}. */
    public static Inspector inspect(Engine engine) {
        return engine.inspector();
    }

    /** An engine over an application's own DataSource with options (echo, cache size, …). */
    public static Engine createEngine(DataSource dataSource, Dialect dialect, EngineOptions options) {
        return Engine.create(dataSource, dialect, options);
    }

    /** A mapped class's columns, primary key and relationships, as SQLAlchemy's {@code inspect(User)}. */
    public static MapperInspection inspect(Registry registry, Class<?> entityClass) {
        return MapperInspection.of(registry.mapper(entityClass));
    }

    /** An object's state, identity, modified attributes and history in a session, as {@code inspect(obj)}. */
    public static InstanceInspection inspect(Session session, Object object) {
        return InstanceInspection.of(session, object);
    }
}
