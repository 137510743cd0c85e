package dev.athanor.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.athanor.Athanor;
import dev.athanor.bench.hibernate.HibernateSupport;
import dev.athanor.bench.orm.OrmSupport;
import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.Dialects;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Everything the variants share for one database: one HikariCP pool with the driver settings a
 * careful user would choose (the Athanor dialect's own: {@code reWriteBatchedInserts} on
 * PostgreSQL, bulk statements on MariaDB), auto-commit off so every variant commits explicitly,
 * and the Athanor engines, Hibernate session factory and jOOQ settings built over that pool.
 */
public final class BenchDatabase implements AutoCloseable {
    /** The sequence the Hibernate {@code Customer} entity draws ids from, in blocks of 1000. */
    public static final String CUSTOMER_SEQUENCE = "bench_customer_seq";
    private static final int POOL_SIZE = 4;

    private final Target target;
    private final String jdbcUrl;
    private final Dialect dialect;
    private final HikariDataSource pool;
    private final SwitchableDataSource dataSource;
    private final Engine engine;
    private final Engine uncachedEngine;
    private final Engine autocommitEngine;
    private dev.athanor.orm.SessionFactory autocommitOrm;
    /**
     * No logging, no schema; and MULTISET's MySQL/MariaDB emulation left without its
     * {@code SET @@group_concat_max_len} prelude, which needs a multi-statement connection
     * ({@code allowMultiQueries}) that the shared pool does not have.
     */
    private final Settings jooqSettings = new Settings().withExecuteLogging(false).withRenderSchema(false)
            .withRenderGroupConcatMaxLenSessionVariable(false);
    private SessionFactory hibernate;
    private dev.athanor.orm.SessionFactory orm;

    private BenchDatabase(Target target, String jdbcUrl) {
        this.target = target;
        this.jdbcUrl = jdbcUrl;
        this.dialect = Dialects.forJdbcUrl(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setPoolName("bench");
        config.setJdbcUrl(jdbcUrl);
        if (target.user() != null) {
            config.setUsername(target.user());
        }
        // a fixed-size pool: no connection is opened or retired in the middle of a timed pass
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(POOL_SIZE);
        config.setAutoCommit(false);
        dialect.driverProperties().forEach(config::addDataSourceProperty);
        this.pool = new HikariDataSource(config);
        this.dataSource = new SwitchableDataSource(pool);
        this.engine = Athanor.createEngine(dataSource, dialect);
        this.uncachedEngine = Athanor.createEngine(dataSource, dialect,
                EngineOptions.builder().compileCacheSize(0).build());
        this.autocommitEngine = engine.withIsolationLevel("AUTOCOMMIT");
    }

    /** Opens the pool on the target's default URL and creates the shared sequence. */
    public static BenchDatabase open(Target target) throws SQLException {
        return open(target, target.jdbcUrl());
    }

    /** Opens the pool on {@code jdbcUrl} (a database of the target's kind) and creates the shared sequence. */
    public static BenchDatabase open(Target target, String jdbcUrl) throws SQLException {
        BenchDatabase database = new BenchDatabase(target, jdbcUrl);
        if (target.supportsSequences()) {
            database.execute("DROP SEQUENCE IF EXISTS " + CUSTOMER_SEQUENCE,
                    target.createSequence(CUSTOMER_SEQUENCE, HibernateSupport.ID_BLOCK));
        }
        return database;
    }

    /** The database. */
    public Target target() {
        return target;
    }

    /** The pool every variant borrows from (counted during the counting pass). */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * A new physical connection on every call, outside the pool, as an application without a pool
     * (or SQLAlchemy's {@code test_dbapi_raw_w_connect}) has: the pool's URL, user and driver
     * properties, auto-commit off. Counted like the pool's during the counting pass; the caller closes it.
     */
    public Connection connectWithoutPool() throws SQLException {
        Properties properties = new Properties();
        properties.putAll(dialect.driverProperties());
        if (target.user() != null) {
            properties.setProperty("user", target.user());
        }
        Connection connection = DriverManager.getConnection(jdbcUrl, properties);
        connection.setAutoCommit(false);
        return dataSource.track(connection);
    }

    SwitchableDataSource switchable() {
        return dataSource;
    }

    /** The Athanor engine over the shared pool, with the default compile cache. */
    public Engine engine() {
        return engine;
    }

    /** An Athanor engine over the same pool with the compile cache switched off. */
    public Engine uncachedEngine() {
        return uncachedEngine;
    }

    /**
     * The Athanor ORM session factory over {@link #engine()} at the {@code AUTOCOMMIT} isolation
     * level ({@code withIsolationLevel}: each statement commits by itself; for reads), built on first use.
     */
    public dev.athanor.orm.SessionFactory autocommitOrm() {
        if (autocommitOrm == null) {
            autocommitOrm = OrmSupport.sessionFactory(autocommitEngine);
        }
        return autocommitOrm;
    }

    /** The Athanor ORM session factory over {@link #engine()}, built on first use. */
    public dev.athanor.orm.SessionFactory orm() {
        if (orm == null) {
            orm = OrmSupport.sessionFactory(engine);
        }
        return orm;
    }

    /** A jOOQ context bound to a connection the caller holds. */
    public DSLContext jooq(Connection connection) {
        return DSL.using(connection, target.jooqDialect(), jooqSettings);
    }

    /** The Hibernate session factory, built on first use over the same pool. */
    public SessionFactory hibernate() {
        if (!target.supportsHibernate()) {
            throw new IllegalStateException("Hibernate does not run on " + target);
        }
        if (hibernate == null) {
            hibernate = HibernateSupport.sessionFactory(dataSource);
        }
        return hibernate;
    }

    /** Runs statements on one connection and commits. */
    public void execute(String... sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
            connection.commit();
        }
    }

    /** The first column of the first row of a query, as a long. */
    public long queryLong(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            long value = rows.getLong(1);
            connection.commit();
            return value;
        }
    }

    /** The settings that shape the numbers, printed with every result. */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("pool", "HikariCP, " + POOL_SIZE + " fixed connections, autoCommit=false");
        settings.put("driver properties", dialect.driverProperties().isEmpty() ? "(defaults)"
                : dialect.driverProperties().toString());
        settings.put("batches", "1000 rows per JDBC batch in every batching variant");
        settings.put("athanor orm", OrmSupport.describe());
        if (target.supportsHibernate()) {
            settings.put("hibernate", HibernateSupport.describe());
        }
        settings.put("jooq", "DSL.using(connection, SQLDialect." + target.jooqDialect().name()
                + "), plain-SQL table and field references, execute logging off");
        return settings;
    }

    /** Product and driver versions, from the live connection. */
    public Map<String, String> versions() throws SQLException {
        Map<String, String> versions = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            versions.put("database", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
            versions.put("JDBC driver", meta.getDriverName() + " " + meta.getDriverVersion());
            connection.rollback();
        }
        versions.put("HikariCP", mavenVersion("com.zaxxer", "HikariCP"));
        if (target.supportsHibernate()) {
            versions.put("Hibernate", org.hibernate.Version.getVersionString());
        }
        versions.put("jOOQ", org.jooq.Constants.FULL_VERSION);
        return versions;
    }

    private static String mavenVersion(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (var in = BenchDatabase.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "?";
            }
            var properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version", "?");
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** Drops the sequence, closes Hibernate and the pool. */
    @Override
    public void close() throws SQLException {
        try {
            if (target.supportsSequences()) {
                execute("DROP SEQUENCE IF EXISTS " + CUSTOMER_SEQUENCE);
            }
        } finally {
            if (hibernate != null) {
                hibernate.close();
            }
            pool.close();
        }
    }
}
