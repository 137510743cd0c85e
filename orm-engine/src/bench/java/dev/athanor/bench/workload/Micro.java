package dev.athanor.bench.workload;

import static dev.athanor.sql.Sql.text;

import dev.athanor.bench.BenchDatabase;
import dev.athanor.bench.Variant;
import dev.athanor.bench.Workload;
import dev.athanor.dialect.Dialect;
import dev.athanor.engine.Connection;
import dev.athanor.sql.Select;
import dev.athanor.sql.TextClause;
import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.CompileCache;
import dev.athanor.sql.compiler.CompiledSql;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Workload 8: the per-call costs under the workloads, measured with this harness because JMH is
 * not on the bench profile's classpath: a loop of {@code num} calls per pass, so the numbers are
 * nanoseconds per call including loop overhead, without JMH's dead-code and constant-folding
 * guards (each call's result feeds the returned count to keep it alive). HikariCP's
 * getConnection/close is the anchor.
 */
public final class Micro implements Workload {
    private static final String SQL = Customers.BY_ID_TEXT;

    @Override
    public String name() {
        return "micro";
    }

    @Override
    public int number() {
        return 8;
    }

    @Override
    public String title() {
        return "Micro-benchmarks (harness loops, not JMH)";
    }

    @Override
    public int defaultNum() {
        return 200_000;
    }

    @Override
    public void setUp(BenchDatabase db, int num) throws Exception {
        Customers.create(db);
    }

    @Override
    public void tearDown(BenchDatabase db) throws Exception {
        Customers.drop(db);
    }

    @Override
    public List<String> pending(BenchDatabase db) {
        return List.of("ORM select compile, session open/close — waiting for `Session`");
    }

    @Override
    public List<Variant> variants(BenchDatabase db, int num) {
        Dialect dialect = db.engine().dialect();
        TextClause prepared = text(SQL);
        CompileCache<CompiledSql> cache = new CompileCache<>(16);
        CompileCache<CompiledSql> coreCache = new CompileCache<>(16);
        DSLContext jooq = DSL.using(db.target().jooqDialect());
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("jdbc-hikari-get-close", "anchor: HikariCP getConnection() + close()", num, () -> {
            long ops = 0;
            for (int i = 0; i < num; i++) {
                try (java.sql.Connection connection = db.dataSource().getConnection()) {
                    ops += connection != null ? 1 : 0;
                }
            }
            return ops;
        }));
        variants.add(new Variant("athanor-connect-close", "engine.connect() + close(), no statement", num, () -> {
            long ops = 0;
            for (int i = 0; i < num; i++) {
                try (Connection connection = db.engine().connect()) {
                    ops += connection.isClosed() ? 0 : 1;
                }
            }
            return ops;
        }));
        variants.add(new Variant("athanor-text-build", "text(\"SELECT … WHERE id = :id\"): parse into segments", num,
                () -> {
                    long ops = 0;
                    for (int i = 0; i < num; i++) {
                        ops += text(SQL).binds().size();
                    }
                    return ops;
                }));
        variants.add(new Variant("athanor-text-compile", "dialect.compile(text) with no cache", num, () -> {
            long ops = 0;
            for (int i = 0; i < num; i++) {
                ops += dialect.compile(prepared).slots().size();
            }
            return ops;
        }));
        variants.add(new Variant("athanor-text-cache-hit", "CacheKey.of(text) + CompileCache.get, always a hit", num,
                () -> {
                    long ops = 0;
                    for (int i = 0; i < num; i++) {
                        ops += cache.get(CacheKey.of(prepared), key -> dialect.compile(prepared, key)).slots().size();
                    }
                    return ops;
                }));
        Select select = CoreCustomers.byId(1);
        variants.add(new Variant("athanor-core-build", "select(customer).where(id.eq(v)): build the immutable tree",
                num, () -> {
                    long ops = 0;
                    for (int i = 0; i < num; i++) {
                        ops += CoreCustomers.byId(i) != null ? 1 : 0;
                    }
                    return ops;
                }));
        variants.add(new Variant("athanor-core-compile", "dialect.compile(select) with no cache", num, () -> {
            long ops = 0;
            for (int i = 0; i < num; i++) {
                ops += dialect.compile(select).sql().isEmpty() ? 0 : 1;
            }
            return ops;
        }));
        variants.add(new Variant("athanor-core-cache-hit", "CacheKey.of(select) + CompileCache.get, always a hit",
                num, () -> {
                    long ops = 0;
                    for (int i = 0; i < num; i++) {
                        ops += coreCache.get(CacheKey.of(select), key -> dialect.compile(select, key)).sql().isEmpty()
                                ? 0 : 1;
                    }
                    return ops;
                }));
        variants.add(new Variant("jooq-build-render", "select(id, name, description).from(t).where(id.eq(1)).getSQL()",
                num, () -> {
                    long ops = 0;
                    for (int i = 0; i < num; i++) {
                        ops += jooq.select(Customers.ID, Customers.NAME, Customers.DESCRIPTION).from(Customers.JOOQ)
                                .where(Customers.ID.eq((long) i)).getSQL().isEmpty() ? 0 : 1;
                    }
                    return ops;
                }));
        if (db.target().supportsHibernate()) {
            variants.add(new Variant("hibernate-session-open-close", "sessionFactory.openSession() + close(), no SQL",
                    num, () -> {
                        long ops = 0;
                        for (int i = 0; i < num; i++) {
                            try (Session session = db.hibernate().openSession()) {
                                ops += session.isOpen() ? 1 : 0;
                            }
                        }
                        return ops;
                    }));
        }
        return variants;
    }
}
