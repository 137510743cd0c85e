package dev.athanor.bench.workload;

import static dev.athanor.sql.Sql.text;

import dev.athanor.bench.BenchDatabase;
import dev.athanor.bench.Variant;
import dev.athanor.bench.Workload;
import dev.athanor.bench.hibernate.Customer;
import dev.athanor.bench.orm.OrmCustomer;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Row;
import dev.athanor.sql.TextClause;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Workload 7: load the table 1000 rows at a time, change the name of a share of them and write
 * the changes back per chunk. An ORM has to find the changes by comparing each object with its
 * snapshot; at 0 % dirty that comparison is all it does. Plain JDBC and text() know what they
 * changed, so they show the floor.
 */
public final class DirtyFlush implements Workload {
    private static final String CHUNK_JDBC = "SELECT id, name, description FROM bench_customer"
            + " WHERE id BETWEEN ? AND ? ORDER BY id";
    private static final String UPDATE_JDBC = "UPDATE bench_customer SET name = ? WHERE id = ?";
    private static final TextClause CHUNK_TEXT = text("SELECT id, name, description FROM bench_customer"
            + " WHERE id BETWEEN :low AND :high ORDER BY id");
    private static final TextClause UPDATE_TEXT = text("UPDATE bench_customer SET name = :name WHERE id = :id");

    private final int percentDirty;
    private List<Long> ids;
    // every pass writes names no earlier pass wrote, so a "dirty" row really differs
    private int pass;

    /** A dirty-check workload where {@code percentDirty} % of the rows change. */
    public DirtyFlush(int percentDirty) {
        this.percentDirty = percentDirty;
    }

    @Override
    public String name() {
        return "dirty-" + percentDirty;
    }

    @Override
    public int number() {
        return 7;
    }

    @Override
    public String title() {
        return "Dirty-check flush per 1000 rows, " + percentDirty + " % dirty";
    }

    @Override
    public int defaultNum() {
        return 100_000;
    }

    @Override
    public void setUp(BenchDatabase db, int num) throws Exception {
        Customers.create(db);
        Customers.seed(db, num);
        ids = Customers.ids(db);
    }

    @Override
    public void beforePass(BenchDatabase db) {
        pass++;
    }

    /** Fails unless exactly the rows meant to change carry this pass's new name. */
    @Override
    public void afterPass(BenchDatabase db, Variant variant) throws Exception {
        long expected = 0;
        for (long i = 0; i < ids.size(); i++) {
            expected += dirty(i) ? 1 : 0;
        }
        long renamed = db.queryLong("SELECT COUNT(*) FROM " + Customers.TABLE + " WHERE name LIKE 'renamed " + pass
                + " %'");
        if (renamed != expected) {
            throw new IllegalStateException(variant.name() + " renamed " + renamed + " rows, expected " + expected);
        }
    }

    @Override
    public void tearDown(BenchDatabase db) throws Exception {
        Customers.drop(db);
    }

    @Override
    public List<Variant> variants(BenchDatabase db, int num) {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("jdbc", "select chunk into records, batch UPDATE of the changed rows", num,
                () -> jdbc(db)));
        variants.add(new Variant("athanor-text", "the same with text(): execute + executemany of the changes", num,
                () -> athanorText(db)));
        variants.add(new Variant("orm", "scalars(select(OrmCustomer).where(id between)), setName, flush +"
                + " expungeAll per chunk", num, () -> orm(db, true)));
        variants.add(new Variant("orm-keep-all", "as orm, without expungeAll: every flush holds all objects loaded so"
                + " far (up to num); a flush that visited held objects would grow with them", num, () -> orm(db, false)));
        if (db.target().supportsHibernate()) {
            variants.add(new Variant("hibernate", "query chunk of managed entities, setName, flush + clear per chunk",
                    num, () -> hibernate(db)));
        }
        return variants;
    }

    private boolean dirty(long index) {
        return percentDirty > 0 && index % (100 / percentDirty) == 0;
    }

    private String newName(long id) {
        return "renamed " + pass + " " + id;
    }

    private long jdbc(BenchDatabase db) throws Exception {
        long loaded = 0;
        try (java.sql.Connection connection = db.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(CHUNK_JDBC);
             PreparedStatement update = connection.prepareStatement(UPDATE_JDBC)) {
            for (int start = 0; start < ids.size(); start += Customers.CHUNK) {
                select.setLong(1, ids.get(start));
                select.setLong(2, ids.get(Math.min(ids.size(), start + Customers.CHUNK) - 1));
                List<Customers.Row> rows = new ArrayList<>(Customers.CHUNK);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(new Customers.Row(result.getLong(1), result.getString(2), result.getString(3)));
                    }
                }
                int changed = 0;
                for (Customers.Row row : rows) {
                    if (dirty(loaded++)) {
                        update.setString(1, newName(row.id()));
                        update.setLong(2, row.id());
                        update.addBatch();
                        changed++;
                    }
                }
                if (changed > 0) {
                    update.executeBatch();
                }
            }
            connection.commit();
        }
        return loaded;
    }

    private long athanorText(BenchDatabase db) {
        long loaded = 0;
        try (Connection connection = db.engine().connect()) {
            for (int start = 0; start < ids.size(); start += Customers.CHUNK) {
                List<Row> rows = connection.execute(CHUNK_TEXT, Map.of("low", ids.get(start),
                        "high", ids.get(Math.min(ids.size(), start + Customers.CHUNK) - 1))).all();
                List<Map<String, Object>> changes = new ArrayList<>();
                for (Row row : rows) {
                    if (dirty(loaded++)) {
                        long id = row.get(0, Long.class);
                        changes.add(Map.of("name", newName(id), "id", id));
                    }
                }
                if (!changes.isEmpty()) {
                    connection.execute(UPDATE_TEXT, changes);
                }
            }
            connection.commit();
        }
        return loaded;
    }

    private long orm(BenchDatabase db, boolean expungeEachChunk) {
        long loaded = 0;
        try (dev.athanor.orm.Session session = db.orm().open()) {
            for (int start = 0; start < ids.size(); start += Customers.CHUNK) {
                List<OrmCustomer> chunk = session.<OrmCustomer>scalars(OrmCustomers.chunk(ids.get(start),
                        ids.get(Math.min(ids.size(), start + Customers.CHUNK) - 1))).all();
                for (OrmCustomer customer : chunk) {
                    if (dirty(loaded++)) {
                        customer.setName(newName(customer.getId()));
                    }
                }
                session.flush();
                if (expungeEachChunk) {
                    session.expungeAll();
                }
            }
            session.commit();
        }
        return loaded;
    }

    private long hibernate(BenchDatabase db) {
        long loaded = 0;
        try (Session session = db.hibernate().openSession()) {
            var transaction = session.beginTransaction();
            var query = session.createSelectionQuery("from Customer where id between :low and :high order by id",
                    Customer.class);
            for (int start = 0; start < ids.size(); start += Customers.CHUNK) {
                List<Customer> chunk = query.setParameter("low", ids.get(start))
                        .setParameter("high", ids.get(Math.min(ids.size(), start + Customers.CHUNK) - 1))
                        .getResultList();
                for (Customer customer : chunk) {
                    if (dirty(loaded++)) {
                        customer.setName(newName(customer.getId()));
                    }
                }
                session.flush();
                session.clear();
            }
            transaction.commit();
        }
        return loaded;
    }
}
