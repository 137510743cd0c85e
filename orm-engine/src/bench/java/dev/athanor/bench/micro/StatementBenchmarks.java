package dev.athanor.bench.micro;

import dev.athanor.bench.workload.CoreCustomers;
import dev.athanor.bench.workload.Customers;
import dev.athanor.bench.workload.OrmCustomers;
import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.Dialects;
import dev.athanor.sql.Select;
import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.CompileCache;
import dev.athanor.sql.compiler.CompiledSql;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Building and compiling {@code SELECT … FROM bench_customer WHERE id = ?} without a database:
 * Core and ORM statements, the compile cache, and jOOQ's build + render for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StatementBenchmarks {
    /** The database whose dialect renders: {@code h2}, {@code postgresql}, … (set by {@link MicroSuite}). */
    @Param("h2")
    public String db;

    private Dialect dialect;
    private DSLContext jooq;
    private Select coreSelect;
    private Select ormSelect;
    private CompileCache<CompiledSql> cache;
    private long id;

    /** Picks the dialect and builds the statements that the compile benchmarks reuse. */
    @Setup
    public void setUp() {
        var target = dev.athanor.bench.Target.parse(db);
        dialect = Dialects.forJdbcUrl(target.jdbcUrl());
        jooq = DSL.using(target.jooqDialect() == null ? SQLDialect.DEFAULT : target.jooqDialect());
        coreSelect = CoreCustomers.byId(1);
        ormSelect = OrmCustomers.byId(1);
        cache = new CompileCache<>(16);
    }

    /** {@code select(customer).where(id.eq(v))}: the immutable Core tree, a new value each call. */
    @Benchmark
    public Select coreBuild() {
        return CoreCustomers.byId(++id);
    }

    /** The same select rendered for the dialect with no cache. */
    @Benchmark
    public CompiledSql coreCompileUncached() {
        return dialect.compile(coreSelect);
    }

    /** The cache key of the select and a hit in the compile cache: what every cached execute pays. */
    @Benchmark
    public CompiledSql coreCompileCacheHit() {
        return cache.get(CacheKey.of(coreSelect), key -> dialect.compile(coreSelect, key));
    }

    /** {@code select(OrmCustomer.class).where(attr.eq(v))}: the ORM statement's tree. */
    @Benchmark
    public Select ormBuild() {
        return OrmCustomers.byId(++id);
    }

    /** The ORM select rendered for the dialect with no cache. */
    @Benchmark
    public CompiledSql ormCompileUncached() {
        return dialect.compile(ormSelect);
    }

    /** jOOQ's {@code select(…).from(…).where(id.eq(v)).getSQL()}: build and render, its only path. */
    @Benchmark
    public String jooqBuildRender() {
        return jooq.select(Customers.ID, Customers.NAME, Customers.DESCRIPTION).from(Customers.JOOQ)
                .where(Customers.ID.eq(++id)).getSQL();
    }
}
