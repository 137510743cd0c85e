package dev.athanor.bench.workload;

import static dev.athanor.sql.Sql.text;

import dev.athanor.bench.BenchDatabase;
import dev.athanor.bench.Variant;
import dev.athanor.bench.Workload;
import dev.athanor.bench.hibernate.Customer;
import dev.athanor.bench.orm.OrmCustomer;
import dev.athanor.engine.Connection;
import dev.athanor.engine.ExecutionOptions;
import dev.athanor.orm.StreamedResult;
import dev.athanor.engine.Row;
import dev.athanor.sql.Executable;
import dev.athanor.sql.TextClause;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.StatelessSession;
import org.jooq.Cursor;
import org.jooq.Record3;

/**
 * Workload 5: read a whole large table into objects (SQLAlchemy's {@code large_resultsets}),
 * buffered and streamed; the streaming variants ({@code stream}, {@code yield}, {@code scroll},
 * {@code lazy}) are also meant to be run alone with {@code -Xmx64m} to show they keep memory flat.
 */
public final class LargeResult implements Workload {
    private static final TextClause ALL = text(Customers.ALL);
    private static final int FETCH_SIZE = 1000;

    @Override
    public String name() {
        return "large-result";
    }

    @Override
    public int number() {
        return 5;
    }

    @Override
    public String title() {
        return "Large result set into objects";
    }

    @Override
    public int defaultNum() {
        return 500_000;
    }

    @Override
    public void setUp(BenchDatabase db, int num) throws Exception {
        Customers.create(db);
        Customers.seed(db, num);
    }

    @Override
    public void tearDown(BenchDatabase db) throws Exception {
        Customers.drop(db);
    }

    @Override
    public List<String> smallHeapVariants() {
        return List.of("jdbc-records", "jdbc-stream", "athanor-core-yieldper", "orm-tracked", "orm-yieldper",
                "jooq-fetchlazy", "hibernate-stateless-scroll");
    }

    @Override
    public List<Variant> variants(BenchDatabase db, int num) {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("jdbc-records", "executeQuery, every row into a record, kept in a list", num,
                () -> jdbc(db, false)));
        variants.add(new Variant("jdbc-stream", "setFetchSize(1000), each row into a record, not kept", num,
                () -> jdbc(db, true)));
        variants.add(new Variant("athanor-text-all", "conn.execute(text(SELECT …)).all(), values read from each Row",
                num, () -> athanorAll(db, ALL)));
        variants.add(new Variant("athanor-text-yieldper", "ExecutionOptions.yieldPer(1000), rows iterated, not kept",
                num, () -> athanorStream(db, ALL)));
        variants.add(new Variant("athanor-core-all", "conn.execute(select(customer)).all(), values read from each"
                + " Row", num, () -> athanorAll(db, CoreCustomers.ALL)));
        variants.add(new Variant("athanor-core-yieldper", "select(customer) with ExecutionOptions.yieldPer(1000),"
                + " not kept", num, () -> athanorStream(db, CoreCustomers.ALL)));
        variants.add(new Variant("orm-tracked", "session.scalars(select(OrmCustomer.class)).all(): identity map"
                + " + snapshot per row", num, () -> ormTracked(db)));
        variants.add(new Variant("orm-yieldper", "session.stream(select(OrmCustomer.class), 1000): tracked objects a"
                + " partition at a time, each let go once passed", num, () -> ormStream(db)));
        variants.add(new Variant("orm-columns", "session.execute(select(id, name, description)).all(): rows, no"
                + " entities", num, () -> ormColumns(db)));
        variants.add(new Variant("jooq-fetch", "select(…).from(…).fetch(), values read from each record", num,
                () -> jooqFetch(db)));
        variants.add(new Variant("jooq-fetchlazy", "fetchSize(1000).fetchLazy() cursor, not kept", num,
                () -> jooqLazy(db)));
        if (db.target().supportsHibernate()) {
            variants.add(new Variant("hibernate-list", "Session query list of managed Customer entities", num,
                    () -> hibernateList(db)));
            variants.add(new Variant("hibernate-stateless-scroll", "StatelessSession scroll(FORWARD_ONLY),"
                    + " fetch size 1000", num, () -> hibernateScroll(db)));
        }
        return variants;
    }

    private static long jdbc(BenchDatabase db, boolean stream) throws Exception {
        List<Customers.Row> kept = new ArrayList<>();
        long count = 0;
        try (java.sql.Connection connection = db.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(Customers.ALL)) {
            if (stream) {
                query.setFetchSize(FETCH_SIZE);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Customers.Row row = new Customers.Row(rows.getLong(1), rows.getString(2), rows.getString(3));
                    if (!stream) {
                        kept.add(row);
                    }
                    count += row.name() != null ? 1 : 0;
                }
            }
            connection.commit();
        }
        return count;
    }

    private static long athanorAll(BenchDatabase db, Executable query) {
        long count = 0;
        try (Connection connection = db.engine().connect()) {
            List<Row> rows = connection.execute(query).all();
            for (Row row : rows) {
                count += touch(row);
            }
            connection.commit();
        }
        return count;
    }

    private static long athanorStream(BenchDatabase db, Executable query) {
        long count = 0;
        try (Connection connection = db.engine().connect()) {
            connection.executionOptions(ExecutionOptions.yieldPer(FETCH_SIZE));
            for (Row row : connection.execute(query)) {
                count += touch(row);
            }
            connection.commit();
        }
        return count;
    }

    private static long ormTracked(BenchDatabase db) {
        long count = 0;
        try (dev.athanor.orm.Session session = db.orm().open()) {
            for (OrmCustomer customer : session.<OrmCustomer>scalars(OrmCustomers.ALL).all()) {
                count += customer.getName() != null ? 1 : 0;
            }
            session.commit();
        }
        return count;
    }

    private static long ormStream(BenchDatabase db) {
        long count = 0;
        try (dev.athanor.orm.Session session = db.orm().open();
             StreamedResult<OrmCustomer> customers = session.stream(OrmCustomers.ALL, FETCH_SIZE)) {
            for (OrmCustomer customer : customers) {
                count += customer.getName() != null ? 1 : 0;
            }
            session.commit();
        }
        return count;
    }

    private static long ormColumns(BenchDatabase db) {
        long count = 0;
        try (dev.athanor.orm.Session session = db.orm().open()) {
            for (Row row : session.execute(OrmCustomers.COLUMNS).all()) {
                count += touch(row);
            }
            session.commit();
        }
        return count;
    }

    private static long touch(Row row) {
        return row.get(0) != null && row.get(1) != null && row.get(2) != null ? 1 : 0;
    }

    private static long jooqFetch(BenchDatabase db) throws Exception {
        long count = 0;
        try (java.sql.Connection connection = db.dataSource().getConnection()) {
            for (Record3<Long, String, String> row : db.jooq(connection)
                    .select(Customers.ID, Customers.NAME, Customers.DESCRIPTION).from(Customers.JOOQ).fetch()) {
                count += row.value1() != null && row.value2() != null ? 1 : 0;
            }
            connection.commit();
        }
        return count;
    }

    private static long jooqLazy(BenchDatabase db) throws Exception {
        long count = 0;
        try (java.sql.Connection connection = db.dataSource().getConnection();
             Cursor<Record3<Long, String, String>> cursor = db.jooq(connection)
                     .select(Customers.ID, Customers.NAME, Customers.DESCRIPTION).from(Customers.JOOQ)
                     .fetchSize(FETCH_SIZE).fetchLazy()) {
            for (Record3<Long, String, String> row : cursor) {
                count += row.value1() != null && row.value2() != null ? 1 : 0;
            }
            connection.commit();
        }
        return count;
    }

    private static long hibernateList(BenchDatabase db) {
        long count = 0;
        try (Session session = db.hibernate().openSession()) {
            var transaction = session.beginTransaction();
            for (Customer customer : session.createSelectionQuery("from Customer", Customer.class).getResultList()) {
                count += customer.getName() != null ? 1 : 0;
            }
            transaction.commit();
        }
        return count;
    }

    private static long hibernateScroll(BenchDatabase db) {
        long count = 0;
        try (StatelessSession session = db.hibernate().openStatelessSession()) {
            var transaction = session.beginTransaction();
            try (ScrollableResults<Customer> rows = session.createSelectionQuery("from Customer", Customer.class)
                    .setFetchSize(FETCH_SIZE).scroll(ScrollMode.FORWARD_ONLY)) {
                while (rows.next()) {
                    count += rows.get().getName() != null ? 1 : 0;
                }
            }
            transaction.commit();
        }
        return count;
    }
}
