package dev.athanor;

import dev.athanor.dialect.Dialect;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import dev.athanor.engine.Url;
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
}
