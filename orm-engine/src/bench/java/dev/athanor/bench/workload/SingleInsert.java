package dev.athanor.bench.workload;

import static dev.athanor.sql.Sql.text;

import dev.athanor.bench.BenchDatabase;
import dev.athanor.bench.Variant;
import dev.athanor.bench.Workload;
import dev.athanor.bench.hibernate.Customer;
import dev.athanor.bench.orm.OrmCustomer;
import dev.athanor.sql.TextClause;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Workload 3: one row per transaction, each borrowing a connection from the pool and committing
 * (SQLAlchemy's {@code single_inserts}): measures per-statement and per-transaction overhead.
 */
public final class SingleInsert implements Workload {
    private static final TextClause INSERT = text(Customers.INSERT_TEXT);

    @Override
    public String name() {
        return "single-insert";
    }

    @Override
    public int number() {
        return 3;
    }

    @Override
    public String title() {
        return "Single-row inserts, one transaction each";
    }

    @Override
    public int defaultNum() {
        return 10_000;
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
        variants.add(new Variant("jdbc", "getConnection, prepareStatement, executeUpdate, commit, close per row",
                num, () -> jdbc(num, db.dataSource()::getConnection)));
        int connectRows = connectEachRows(num);
        variants.add(new Variant("jdbc-connect-each", "DriverManager.getConnection (no pool), prepareStatement,"
                + " executeUpdate, commit, close per row, on num/10 rows as a new server connection costs"
                + " milliseconds (SQLAlchemy's test_dbapi_raw_w_connect)", connectRows,
                () -> jdbc(connectRows, db::connectWithoutPool)));
        variants.add(new Variant("athanor-text", "engine.transaction(conn -> conn.execute(text(INSERT …), map))"
                + " per row", num, () -> athanorText(db, num)));
        variants.add(new Variant("athanor-core", "engine.transaction(conn -> conn.execute(insert(customer), map))"
                + " per row", num, () -> athanorCore(db, num)));
        variants.add(new Variant("orm-session-per-row", "factory.open(), session.add(customer), commit, close"
                + " per row", num, () -> orm(db, num)));
        variants.add(new Variant("jooq", "getConnection, DSL.using(…).insertInto(…).values(…).execute(), commit per row",
                num, () -> jooq(db, num)));
        if (db.target().supportsHibernate()) {
            variants.add(new Variant("hibernate", "sessionFactory.inTransaction(s -> s.persist(customer)) per row",
                    num, () -> hibernate(db, num)));
        }
        return variants;
    }

    /** A tenth of the rows, at least one: the per-row time is what compares, and 10k connections take minutes. */
    private static int connectEachRows(int num) {
        return Math.max(1, num / 10);
    }

    /** Inserts each row on a connection of its own from {@code connections}, committing and closing it. */
    private static long jdbc(int rows, ConnectionSource connections) throws Exception {
        for (int i = 0; i < rows; i++) {
            try (Connection connection = connections.open();
                 PreparedStatement insert = connection.prepareStatement(Customers.INSERT_JDBC)) {
                insert.setString(1, Customers.name(i));
                insert.setString(2, Customers.description(i));
                insert.executeUpdate();
                connection.commit();
            }
        }
        return rows;
    }

    /** Where the plain-JDBC variants get a row's connection: the pool, or a new physical one. */
    @FunctionalInterface
    private interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private static long athanorText(BenchDatabase db, int num) {
        for (int i = 0; i < num; i++) {
            Map<String, Object> row = Map.of("name", Customers.name(i), "description", Customers.description(i));
            db.engine().transaction(connection -> connection.execute(INSERT, row));
        }
        return num;
    }

    private static long athanorCore(BenchDatabase db, int num) {
        for (int i = 0; i < num; i++) {
            Map<String, Object> row = Map.of("name", Customers.name(i), "description", Customers.description(i));
            db.engine().transaction(connection -> connection.execute(CoreCustomers.INSERT, row));
        }
        return num;
    }

    private static long orm(BenchDatabase db, int num) {
        for (int i = 0; i < num; i++) {
            try (dev.athanor.orm.Session session = db.orm().open()) {
                session.add(new OrmCustomer(Customers.name(i), Customers.description(i)));
                session.commit();
            }
        }
        return num;
    }

    private static long jooq(BenchDatabase db, int num) throws Exception {
        for (int i = 0; i < num; i++) {
            try (Connection connection = db.dataSource().getConnection()) {
                db.jooq(connection).insertInto(Customers.JOOQ, Customers.NAME, Customers.DESCRIPTION)
                        .values(Customers.name(i), Customers.description(i))
                        .execute();
                connection.commit();
            }
        }
        return num;
    }

    private static long hibernate(BenchDatabase db, int num) {
        for (int i = 0; i < num; i++) {
            Customer customer = new Customer(Customers.name(i), Customers.description(i));
            db.hibernate().inTransaction(session -> session.persist(customer));
        }
        return num;
    }
}
