package dev.athanor.bench.micro;

import static dev.athanor.sql.Sql.select;

import dev.athanor.bench.BenchDatabase;
import dev.athanor.bench.Target;
import dev.athanor.bench.orm.OrmCustomer;
import dev.athanor.bench.workload.Customers;
import dev.athanor.orm.Session;
import java.sql.SQLException;
import java.util.List;
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
 * What a flush costs while a session holds 100,000 loaded objects of an enhanced class: a flush
 * visits only the objects that reported a change, so neither benchmark may grow with the number
 * held (issue 18's "no per-object work" for a 0 %-dirty flush).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SessionBenchmarks {
    private static final int HELD = 100_000;

    /** The database: {@code h2}, {@code postgresql}, … (set by {@link MicroSuite}). */
    @Param("h2")
    public String db;

    /** A JDBC URL replacing the target's default; empty for the default. */
    @Param("")
    public String url;

    private BenchDatabase database;
    private Session session;
    private List<OrmCustomer> held;
    private int renamed;

    /** Seeds the table and loads every row into one session, which the benchmarks keep. */
    @Setup
    public void setUp() throws SQLException {
        Target target = Target.parse(db);
        database = BenchDatabase.open(target, url.isEmpty() ? target.jdbcUrl() : url);
        Customers.create(database);
        Customers.seed(database, HELD);
        session = database.orm().open();
        held = session.scalars(select(OrmCustomer.class)).all();
    }

    /** Rolls the renames back, closes the session and drops the table. */
    @TearDown
    public void tearDown() throws SQLException {
        session.rollback();
        session.close();
        Customers.drop(database);
        database.close();
    }

    /** {@code flush()} with 100k objects held and none changed. */
    @Benchmark
    public Session flushClean100kHeld() {
        session.flush();
        return session;
    }

    /** One of the 100k held objects renamed, then {@code flush()}: one UPDATE round trip. */
    @Benchmark
    public Session flushOneChanged100kHeld() {
        OrmCustomer customer = held.get(renamed++ % HELD);
        customer.setName("renamed " + renamed);
        session.flush();
        return session;
    }
}
