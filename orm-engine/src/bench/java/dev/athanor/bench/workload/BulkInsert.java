package dev.athanor.bench.workload;

import static dev.athanor.sql.Sql.text;

import dev.athanor.bench.BenchDatabase;
import dev.athanor.bench.Variant;
import dev.athanor.bench.Workload;
import dev.athanor.bench.hibernate.Customer;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Result;
import dev.athanor.engine.Row;
import dev.athanor.sql.TextClause;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.StatelessSession;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * Workload 1: insert many customers in batches of 1000 without an ORM unit of work
 * (SQLAlchemy's {@code bulk_inserts.test_core_insert} and friends).
 */
public final class BulkInsert implements Workload {
    private static final TextClause INSERT = text(Customers.INSERT_TEXT);

    @Override
    public String name() {
        return "bulk-insert";
    }

    @Override
    public int number() {
        return 1;
    }

    @Override
    public String title() {
        return "Bulk insert, 1000 rows per batch";
    }

    @Override
    public int defaultNum() {
        return 100_000;
    }

    @Override
    public void setUp(BenchDatabase db, int num) throws Exception {
        Customers.create(db);
    }

    @Override
    public void beforePass(BenchDatabase db) throws Exception {
        Customers.truncate(db);
    }

    @Override
    public void afterPass(BenchDatabase db, Variant variant) throws Exception {
        Customers.requireCount(db, variant);
    }

    @Override
    public void tearDown(BenchDatabase db) throws Exception {
        Customers.drop(db);
    }

    @Override
    public List<Variant> variants(BenchDatabase db, int num) {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("jdbc-batch", "PreparedStatement.addBatch, executeBatch every 1000 rows", num,
                () -> jdbc(db, num)));
        variants.add(new Variant("athanor-text-executemany",
                "Connection.execute(text(INSERT …), list of 1000 maps) per batch", num, () -> athanorText(db, num)));
        variants.add(new Variant("athanor-core-executemany",
                "Connection.execute(insert(customer), list of 1000 maps) per batch", num, () -> athanorCore(db, num)));
        variants.add(new Variant("athanor-core-returning", "Connection.execute(insert(customer).returning(id), list"
                + " of 1000 maps) per batch, every id read", num, () -> athanorCoreReturning(db, num)));
        variants.add(new Variant("jooq-batch", "DSLContext.batch(insertInto(…).values(null, null)).bind(…) per 1000",
                num, () -> jooq(db, num)));
        if (db.target().supportsHibernate()) {
            variants.add(new Variant("hibernate-stateless", "StatelessSession.insert per row, JDBC batch 1000,"
                    + " sequence ids", num, () -> hibernate(db, num)));
        }
        return variants;
    }

    private static long jdbc(BenchDatabase db, int num) throws Exception {
        try (java.sql.Connection connection = db.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(Customers.INSERT_JDBC)) {
            for (int i = 0; i < num; i++) {
                insert.setString(1, Customers.name(i));
                insert.setString(2, Customers.description(i));
                insert.addBatch();
                if ((i + 1) % Customers.CHUNK == 0) {
                    insert.executeBatch();
                }
            }
            if (num % Customers.CHUNK != 0) {
                insert.executeBatch();
            }
            connection.commit();
        }
        return num;
    }

    private static long athanorText(BenchDatabase db, int num) {
        try (Connection connection = db.engine().connect()) {
            for (int start = 0; start < num; start += Customers.CHUNK) {
                connection.execute(INSERT, Customers.chunk(start, num));
            }
            connection.commit();
        }
        return num;
    }

    private static long athanorCore(BenchDatabase db, int num) {
        try (Connection connection = db.engine().connect()) {
            for (int start = 0; start < num; start += Customers.CHUNK) {
                connection.execute(CoreCustomers.INSERT, Customers.chunk(start, num));
            }
            connection.commit();
        }
        return num;
    }

    private static long athanorCoreReturning(BenchDatabase db, int num) {
        long keys = 0;
        try (Connection connection = db.engine().connect()) {
            for (int start = 0; start < num; start += Customers.CHUNK) {
                Result inserted = connection.execute(CoreCustomers.INSERT_RETURNING_ID, Customers.chunk(start, num));
                for (Row row : inserted) {
                    keys += row.get(CoreCustomers.ID) > 0 ? 1 : 0;
                }
            }
            connection.commit();
        }
        return keys;
    }

    private static long jooq(BenchDatabase db, int num) throws Exception {
        try (java.sql.Connection connection = db.dataSource().getConnection()) {
            DSLContext dsl = db.jooq(connection);
            for (int start = 0; start < num; start += Customers.CHUNK) {
                BatchBindStep batch = dsl.batch(dsl.insertInto(Customers.JOOQ, Customers.NAME, Customers.DESCRIPTION)
                        .values((String) null, null));
                for (int i = start; i < Math.min(num, start + Customers.CHUNK); i++) {
                    batch = batch.bind(Customers.name(i), Customers.description(i));
                }
                batch.execute();
            }
            connection.commit();
        }
        return num;
    }

    private static long hibernate(BenchDatabase db, int num) {
        try (StatelessSession session = db.hibernate().openStatelessSession()) {
            session.setJdbcBatchSize(Customers.CHUNK);
            var transaction = session.beginTransaction();
            for (int i = 0; i < num; i++) {
                session.insert(new Customer(Customers.name(i), Customers.description(i)));
            }
            transaction.commit();
        }
        return num;
    }
}
