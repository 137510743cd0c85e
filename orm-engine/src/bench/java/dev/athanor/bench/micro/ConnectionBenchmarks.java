package dev.athanor.bench.micro;

import dev.athanor.bench.BenchDatabase;
import dev.athanor.bench.Target;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Borrowing and returning without any SQL: the HikariCP anchor, an Athanor {@code Connection},
 * an Athanor ORM {@code Session} and a Hibernate {@code Session}, all over the harness's pool.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ConnectionBenchmarks {
    /** The database: {@code h2}, {@code postgresql}, … (set by {@link MicroSuite}). */
    @Param("h2")
    public String db;

    /** A JDBC URL replacing the target's default; empty for the default. */
    @Param("")
    public String url;

    private BenchDatabase database;

    /** Opens the shared pool and builds the session factories once per fork. */
    @Setup
    public void setUp() throws SQLException {
        Target target = Target.parse(db);
        database = BenchDatabase.open(target, url.isEmpty() ? target.jdbcUrl() : url);
        database.orm();
        if (target.supportsHibernate()) {
            database.hibernate();
        }
    }

    /** Closes the pool. */
    @TearDown
    public void tearDown() throws SQLException {
        database.close();
    }

    /** The anchor: {@code dataSource.getConnection()} + {@code close()} on HikariCP. */
    @Benchmark
    public boolean hikariGetClose() throws SQLException {
        try (java.sql.Connection connection = database.dataSource().getConnection()) {
            return connection.isClosed();
        }
    }

    /** {@code engine.connect()} + {@code close()}, no statement. */
    @Benchmark
    public boolean athanorConnectClose() {
        try (dev.athanor.engine.Connection connection = database.engine().connect()) {
            return connection.isClosed();
        }
    }

    /** {@code factory.open()} + {@code close()} of an Athanor ORM session, no SQL. */
    @Benchmark
    public boolean ormSessionOpenClose() {
        try (dev.athanor.orm.Session session = database.orm().open()) {
            return session.isClosed();
        }
    }

    /** {@code sessionFactory.openSession()} + {@code close()} of a Hibernate session, no SQL. */
    @Benchmark
    public boolean hibernateSessionOpenClose() {
        if (!database.target().supportsHibernate()) {
            return false;
        }
        try (org.hibernate.Session session = database.hibernate().openSession()) {
            return session.isOpen();
        }
    }
}
