package dev.athanor.bench.workload;

import static org.jooq.impl.DSL.unquotedName;

import dev.athanor.bench.BenchDatabase;
import dev.athanor.bench.Variant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The {@code customer(id identity pk, name varchar(255), description varchar(255))} table of
 * SQLAlchemy's performance suite, as {@code bench_customer}, with the row values every variant
 * generates the same way and the jOOQ references to it (plain SQL, no code generation).
 */
public final class Customers {
    static final String TABLE = "bench_customer";
    static final String INSERT_JDBC = "INSERT INTO bench_customer (name, description) VALUES (?, ?)";
    static final String INSERT_TEXT = "INSERT INTO bench_customer (name, description) VALUES (:name, :description)";
    static final String BY_ID_JDBC = "SELECT id, name, description FROM bench_customer WHERE id = ?";
    static final String BY_ID_TEXT = "SELECT id, name, description FROM bench_customer WHERE id = :id";
    static final String ALL = "SELECT id, name, description FROM bench_customer";

    // unquoted, so H2 folds them to upper case exactly as it did when the table was created
    public static final Table<Record> JOOQ = DSL.table(unquotedName(TABLE));
    public static final Field<Long> ID = DSL.field(unquotedName("id"), Long.class);
    public static final Field<String> NAME = DSL.field(unquotedName("name"), String.class);
    public static final Field<String> DESCRIPTION = DSL.field(unquotedName("description"), String.class);

    /** Rows per JDBC batch and per ORM flush, as in the issue. */
    static final int CHUNK = 1000;

    private Customers() {
    }

    /** One customer as plain JDBC code would hold it. */
    record Row(long id, String name, String description) {
    }

    /** Rows {@code start} up to the next chunk boundary (or {@code num}) as parameter maps of name and description. */
    static List<Map<String, Object>> chunk(int start, int num) {
        int end = Math.min(num, start + CHUNK);
        List<Map<String, Object>> rows = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            rows.add(Map.of("name", name(i), "description", description(i)));
        }
        return rows;
    }

    static String name(long i) {
        return "customer name " + i;
    }

    static String description(long i) {
        return "customer description " + i;
    }

    /** Creates the empty table (dropping an old one). */
    public static void create(BenchDatabase db) throws SQLException {
        db.execute("DROP TABLE IF EXISTS " + TABLE, "CREATE TABLE " + TABLE + " (id " + db.target().identityColumn()
                + ", name VARCHAR(255), description VARCHAR(255))");
    }

    /** Drops the table. */
    public static void drop(BenchDatabase db) throws SQLException {
        db.execute("DROP TABLE IF EXISTS " + TABLE);
    }

    static void truncate(BenchDatabase db) throws SQLException {
        db.execute(db.target().truncate(TABLE));
    }

    /** Fails unless the table holds exactly the rows the variant says it inserted. */
    static void requireCount(BenchDatabase db, Variant variant) throws SQLException {
        long count = db.queryLong("SELECT COUNT(*) FROM " + TABLE);
        if (count != variant.rows()) {
            throw new IllegalStateException(variant.name() + " left " + count + " rows, expected " + variant.rows());
        }
    }

    /** Inserts {@code rows} customers with a plain JDBC batch (setup, never timed). */
    public static void seed(BenchDatabase db, int rows) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT_JDBC)) {
            for (int i = 0; i < rows; i++) {
                insert.setString(1, name(i));
                insert.setString(2, description(i));
                insert.addBatch();
                if ((i + 1) % CHUNK == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    /**
     * Creates the table with {@code num} rows and 10 % more, and returns {@code num} of their ids drawn at
     * random (the same ones every run) for the lookup workloads.
     */
    static long[] createForLookups(BenchDatabase db, int num) throws SQLException {
        create(db);
        seed(db, num + num / 10);
        List<Long> existing = ids(db);
        Random random = new Random(42);
        long[] drawn = new long[num];
        for (int i = 0; i < num; i++) {
            drawn[i] = existing.get(random.nextInt(existing.size()));
        }
        return drawn;
    }

    /** The ids in the table, ascending: lookups draw from them rather than assume 1..n. */
    static List<Long> ids(BenchDatabase db) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT id FROM " + TABLE + " ORDER BY id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            connection.commit();
        }
        return ids;
    }
}
