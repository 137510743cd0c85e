package dev.athanor.bench.workload;

import static dev.athanor.sql.Sql.text;

import dev.athanor.bench.BenchDatabase;
import dev.athanor.bench.Variant;
import dev.athanor.bench.Workload;
import dev.athanor.bench.hibernate.Customer;
import dev.athanor.bench.orm.OrmCustomer;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.engine.Row;
import dev.athanor.sql.TextClause;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.hibernate.Session;
import org.jooq.DSLContext;
import org.jooq.Record3;

/**
 * Workload 4: {@code num} lookups by random primary key on a table 10 % larger, all on one
 * connection (SQLAlchemy's {@code short_selects}): the per-query cost of building, compiling,
 * binding and reading one row.
 */
public final class PrimaryKeyLookup implements Workload {
    private static final TextClause BY_ID = text(Customers.BY_ID_TEXT);
    private long[] ids;

    @Override
    public String name() {
        return "pk-lookup";
    }

    @Override
    public int number() {
        return 4;
    }

    @Override
    public String title() {
        return "Random primary-key lookups";
    }

    @Override
    public int defaultNum() {
        return 10_000;
    }

    @Override
    public void setUp(BenchDatabase db, int num) throws Exception {
        ids = Customers.createForLookups(db, num);
    }

    @Override
    public void tearDown(BenchDatabase db) throws Exception {
        Customers.drop(db);
    }

    @Override
    public List<Variant> variants(BenchDatabase db, int num) {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("jdbc-reused-statement", "one PreparedStatement, setLong + executeQuery per id",
                num, () -> jdbc(db, true)));
        variants.add(new Variant("jdbc-prepare-each", "prepareStatement per id on the same connection", num,
                () -> jdbc(db, false)));
        variants.add(new Variant("jdbc-checkout-each", "per id: pool checkout, prepareStatement, executeQuery, commit,"
                + " close: the round trips of a session per lookup", num, () -> jdbcCheckoutEach(db, false)));
        variants.add(new Variant("jdbc-checkout-each-autocommit", "per id: pool checkout, setAutoCommit(true),"
                + " prepareStatement, executeQuery, setAutoCommit(false), close: what an AUTOCOMMIT engine does over"
                + " this pool", num, () -> jdbcCheckoutEach(db, true)));
        variants.add(new Variant("athanor-text-reused", "one TextClause built once, conn.execute(t, map).one() per id",
                num, () -> athanor(db.engine(), false)));
        variants.add(new Variant("athanor-text-new", "text(…) parsed per id, compile cache on", num,
                () -> athanor(db.engine(), true)));
        variants.add(new Variant("athanor-text-new-nocache", "text(…) parsed per id, compileCacheSize=0", num,
                () -> athanor(db.uncachedEngine(), true)));
        variants.add(new Variant("athanor-core-reused", "select(customer).where(id.eq(bindparam(\"id\"))) built"
                + " once, executed with Map.of(\"id\", v)", num, () -> athanorCore(db.engine(), false)));
        variants.add(new Variant("athanor-core-new", "select(customer).where(id.eq(v)) built per id, compile cache on",
                num, () -> athanorCore(db.engine(), true)));
        variants.add(new Variant("athanor-core-new-nocache", "select(customer).where(id.eq(v)) built per id,"
                + " compileCacheSize=0", num, () -> athanorCore(db.uncachedEngine(), true)));
        variants.add(new Variant("orm-get", "one session, session.get(OrmCustomer, id) then expungeAll(), so no"
                + " identity-map hits (as hibernate-find)", num,
                () -> ormLookups(db, (session, id) -> session.get(OrmCustomer.class, id))));
        variants.add(new Variant("orm-get-new-session", "factory.open(), get(OrmCustomer, id), commit, close per id:"
                + " adds a pool checkout per lookup", num, () -> ormGetNewSession(db.orm())));
        variants.add(new Variant("orm-get-new-session-autocommit", "as orm-get-new-session on"
                + " engine.withIsolationLevel(\"AUTOCOMMIT\") (SQLAlchemy's isolation_level=\"AUTOCOMMIT\", for reads):"
                + " no COMMIT round trip", num, () -> ormGetNewSession(db.autocommitOrm())));
        variants.add(new Variant("orm-select-where", "session.scalars(select(OrmCustomer.class).where(id.eq(v))).one()"
                + " built per id, then expungeAll()", num, () -> ormLookups(db,
                (session, id) -> session.<OrmCustomer>scalars(OrmCustomers.byId(id)).one())));
        variants.add(new Variant("orm-columns", "session.execute(select(id, name, description).where(id.eq(v))).one()"
                + " built per id: no entity", num, () -> ormColumns(db)));
        variants.add(new Variant("jooq", "select(id, name, description).from(…).where(id.eq(v)).fetchOne() per id",
                num, () -> jooq(db)));
        if (db.target().supportsHibernate()) {
            variants.add(new Variant("hibernate-find-new-session", "openSession(), beginTransaction(), find(Customer, id),"
                    + " commit, close per id", num, () -> hibernateNewSession(db)));
            variants.add(new Variant("hibernate-find", "session.find(Customer, id) then session.clear(), so no"
                    + " persistence-context hits", num, () -> hibernate(db)));
        }
        return variants;
    }

    private long jdbc(BenchDatabase db, boolean reuse) throws Exception {
        long found = 0;
        try (java.sql.Connection connection = db.dataSource().getConnection()) {
            PreparedStatement shared = reuse ? connection.prepareStatement(Customers.BY_ID_JDBC) : null;
            for (long id : ids) {
                PreparedStatement query = reuse ? shared : connection.prepareStatement(Customers.BY_ID_JDBC);
                query.setLong(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        Customers.Row row = new Customers.Row(rows.getLong(1), rows.getString(2), rows.getString(3));
                        found += row.id() == id ? 1 : 0;
                    }
                }
                if (!reuse) {
                    query.close();
                }
            }
            if (shared != null) {
                shared.close();
            }
            connection.commit();
        }
        return found;
    }

    private long athanor(Engine engine, boolean newText) {
        long found = 0;
        try (Connection connection = engine.connect()) {
            for (long id : ids) {
                TextClause query = newText ? text(Customers.BY_ID_TEXT) : BY_ID;
                Row row = connection.execute(query, Map.of("id", id)).one();
                found += row.get(0, Long.class) == id && row.get(1) != null ? 1 : 0;
            }
            connection.commit();
        }
        return found;
    }

    private long athanorCore(Engine engine, boolean newStatement) {
        long found = 0;
        try (Connection connection = engine.connect()) {
            for (long id : ids) {
                Row row = newStatement ? connection.execute(CoreCustomers.byId(id)).one()
                        : connection.execute(CoreCustomers.BY_ID, Map.of("id", id)).one();
                found += row.get(0, Long.class) == id && row.get(1) != null ? 1 : 0;
            }
            connection.commit();
        }
        return found;
    }

    /** Looks every id up in one session, expunging after each so no lookup hits the identity map. */
    private long ormLookups(BenchDatabase db, BiFunction<dev.athanor.orm.Session, Long, OrmCustomer> lookup) {
        long found = 0;
        try (dev.athanor.orm.Session session = db.orm().open()) {
            for (long id : ids) {
                OrmCustomer customer = lookup.apply(session, id);
                found += customer.getId() == id && customer.getName() != null ? 1 : 0;
                session.expungeAll();
            }
            session.commit();
        }
        return found;
    }

    private long ormGetNewSession(dev.athanor.orm.SessionFactory sessions) {
        long found = 0;
        for (long id : ids) {
            try (dev.athanor.orm.Session session = sessions.open()) {
                OrmCustomer customer = session.get(OrmCustomer.class, id);
                found += customer.getId() == id && customer.getName() != null ? 1 : 0;
                session.commit();
            }
        }
        return found;
    }

    private long ormColumns(BenchDatabase db) {
        long found = 0;
        try (dev.athanor.orm.Session session = db.orm().open()) {
            for (long id : ids) {
                Row row = session.execute(OrmCustomers.columnsById(id)).one();
                found += row.get(0, Long.class) == id && row.get(1) != null ? 1 : 0;
            }
            session.commit();
        }
        return found;
    }

    private long jooq(BenchDatabase db) throws Exception {
        long found = 0;
        try (java.sql.Connection connection = db.dataSource().getConnection()) {
            DSLContext dsl = db.jooq(connection);
            for (long id : ids) {
                Record3<Long, String, String> row = dsl.select(Customers.ID, Customers.NAME, Customers.DESCRIPTION)
                        .from(Customers.JOOQ).where(Customers.ID.eq(id)).fetchOne();
                found += row != null && row.value1() == id ? 1 : 0;
            }
            connection.commit();
        }
        return found;
    }

    /** What a session per lookup costs in round trips without an ORM: the checkout, the query and the COMMIT. */
    private long jdbcCheckoutEach(BenchDatabase db, boolean autocommit) throws Exception {
        long found = 0;
        for (long id : ids) {
            try (java.sql.Connection connection = db.dataSource().getConnection();
                 PreparedStatement query = connection.prepareStatement(Customers.BY_ID_JDBC)) {
                if (autocommit) {
                    connection.setAutoCommit(true);
                }
                query.setLong(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        Customers.Row row = new Customers.Row(rows.getLong(1), rows.getString(2), rows.getString(3));
                        found += row.id() == id ? 1 : 0;
                    }
                }
                if (autocommit) {
                    connection.setAutoCommit(false); // the pool's own setting, as the engine puts it back
                } else {
                    connection.commit();
                }
            }
        }
        return found;
    }

    private long hibernateNewSession(BenchDatabase db) {
        long found = 0;
        for (long id : ids) {
            try (Session session = db.hibernate().openSession()) {
                var transaction = session.beginTransaction();
                Customer customer = session.find(Customer.class, id);
                found += customer.getId() == id && customer.getName() != null ? 1 : 0;
                transaction.commit();
            }
        }
        return found;
    }

    private long hibernate(BenchDatabase db) {
        long found = 0;
        try (Session session = db.hibernate().openSession()) {
            var transaction = session.beginTransaction();
            for (long id : ids) {
                Customer customer = session.find(Customer.class, id);
                found += customer.getId() == id ? 1 : 0;
                session.clear();
            }
            transaction.commit();
        }
        return found;
    }
}
