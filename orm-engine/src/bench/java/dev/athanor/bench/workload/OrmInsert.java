package dev.athanor.bench.workload;

import dev.athanor.bench.BenchDatabase;
import dev.athanor.bench.Target;
import dev.athanor.bench.Variant;
import dev.athanor.bench.Workload;
import dev.athanor.bench.hibernate.Customer;
import dev.athanor.bench.jooq.JooqCustomerRecord;
import dev.athanor.bench.jooq.JooqCustomers;
import dev.athanor.bench.orm.OrmCustomer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.jooq.DSLContext;

/**
 * Workload 2: insert many objects through an ORM unit of work, flushing every 1000, with the new
 * ids known afterwards (SQLAlchemy's {@code bulk_inserts.test_flush_pk_given} and friends).
 */
public final class OrmInsert implements Workload {
    @Override
    public String name() {
        return "orm-insert";
    }

    @Override
    public int number() {
        return 2;
    }

    @Override
    public String title() {
        return "ORM insert, flush every 1000, ids known afterwards";
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
        if (db.target() == Target.SQLITE) {
            // the SQLite driver gives back only the last key of a batch, so its yardstick reads each one
            variants.add(new Variant("jdbc-keys-per-row", "executeUpdate per row with RETURN_GENERATED_KEYS (the"
                    + " SQLite driver returns one key per batch), every id read back", num, () -> jdbcPerRow(db, num)));
        } else {
            variants.add(new Variant("jdbc-batch-keys", "batch of 1000 with RETURN_GENERATED_KEYS, every id read"
                    + " back", num, () -> jdbc(db, num)));
        }
        variants.add(new Variant("orm-add-ids-generated", "session.add each, flush + expungeAll every 1000,"
                + " identity ids read back", num, () -> orm(db, num, false)));
        variants.add(new Variant("orm-add-ids-given", "the same with ids set by the application", num,
                () -> orm(db, num, true)));
        variants.add(new Variant("orm-bulk-insert-maps", "session.execute(insert(OrmCustomer.class), 1000 maps)"
                + " per chunk; ids not read back", num, () -> ormBulk(db, num)));
        variants.add(new Variant("jooq-batchstore", "DSLContext.batchStore(1000 new UpdatableRecords) per chunk;"
                + " ids not read back", num, () -> jooqBatchStore(db, num)));
        if (db.target().supportsHibernate()) {
            variants.add(new Variant("hibernate-persist", "persist each, flush + clear every 1000, sequence ids",
                    num, () -> hibernate(db, num)));
        }
        return variants;
    }

    private static long jdbcPerRow(BenchDatabase db, int num) throws Exception {
        long keys = 0;
        try (java.sql.Connection connection = db.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(Customers.INSERT_JDBC, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < num; i++) {
                insert.setString(1, Customers.name(i));
                insert.setString(2, Customers.description(i));
                insert.executeUpdate();
                try (ResultSet generated = insert.getGeneratedKeys()) {
                    keys += generated.next() && generated.getLong(1) > 0 ? 1 : 0;
                }
            }
            connection.commit();
        }
        return keys;
    }

    private static long jdbc(BenchDatabase db, int num) throws Exception {
        long keys = 0;
        try (java.sql.Connection connection = db.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(Customers.INSERT_JDBC, Statement.RETURN_GENERATED_KEYS)) {
            for (int start = 0; start < num; start += Customers.CHUNK) {
                for (int i = start; i < Math.min(num, start + Customers.CHUNK); i++) {
                    insert.setString(1, Customers.name(i));
                    insert.setString(2, Customers.description(i));
                    insert.addBatch();
                }
                insert.executeBatch();
                try (ResultSet generated = insert.getGeneratedKeys()) {
                    while (generated.next()) {
                        keys += generated.getLong(1) > 0 ? 1 : 0;
                    }
                }
            }
            connection.commit();
        }
        return keys;
    }

    private static long orm(BenchDatabase db, int num, boolean idsGiven) {
        long keys = 0;
        try (dev.athanor.orm.Session session = db.orm().open()) {
            List<OrmCustomer> pending = new ArrayList<>(Customers.CHUNK);
            for (int i = 0; i < num; i++) {
                OrmCustomer customer = idsGiven ? new OrmCustomer(i + 1, Customers.name(i), Customers.description(i))
                        : new OrmCustomer(Customers.name(i), Customers.description(i));
                session.add(customer);
                pending.add(customer);
                if (pending.size() == Customers.CHUNK || i == num - 1) {
                    session.flush();
                    for (OrmCustomer flushed : pending) {
                        keys += flushed.getId() != null ? 1 : 0;
                    }
                    session.expungeAll();
                    pending.clear();
                }
            }
            session.commit();
        }
        return keys;
    }

    private static long ormBulk(BenchDatabase db, int num) {
        try (dev.athanor.orm.Session session = db.orm().open()) {
            for (int start = 0; start < num; start += Customers.CHUNK) {
                session.execute(dev.athanor.sql.Sql.insert(OrmCustomer.class), Customers.chunk(start, num));
            }
            session.commit();
        }
        return num;
    }

    private static long jooqBatchStore(BenchDatabase db, int num) throws Exception {
        try (java.sql.Connection connection = db.dataSource().getConnection()) {
            DSLContext dsl = db.jooq(connection);
            for (int start = 0; start < num; start += Customers.CHUNK) {
                List<JooqCustomerRecord> records = new ArrayList<>(Customers.CHUNK);
                for (int i = start; i < Math.min(num, start + Customers.CHUNK); i++) {
                    records.add(dsl.newRecord(JooqCustomers.CUSTOMER).values(Customers.name(i),
                            Customers.description(i)));
                }
                dsl.batchStore(records).execute();
            }
            connection.commit();
        }
        return num;
    }

    private static long hibernate(BenchDatabase db, int num) {
        long keys = 0;
        try (Session session = db.hibernate().openSession()) {
            var transaction = session.beginTransaction();
            List<Customer> pending = new ArrayList<>(Customers.CHUNK);
            for (int i = 0; i < num; i++) {
                Customer customer = new Customer(Customers.name(i), Customers.description(i));
                session.persist(customer);
                pending.add(customer);
                if (pending.size() == Customers.CHUNK || i == num - 1) {
                    session.flush();
                    session.clear();
                    for (Customer flushed : pending) {
                        keys += flushed.getId() != null ? 1 : 0;
                    }
                    pending.clear();
                }
            }
            transaction.commit();
        }
        return keys;
    }
}
