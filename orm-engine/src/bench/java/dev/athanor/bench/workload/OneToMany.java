package dev.athanor.bench.workload;

import static dev.athanor.sql.Sql.text;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.unquotedName;

import dev.athanor.bench.BenchDatabase;
import dev.athanor.bench.Variant;
import dev.athanor.bench.Workload;
import dev.athanor.bench.hibernate.Parent;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Row;
import dev.athanor.sql.TextClause;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.hibernate.Session;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Workload 6: load {@code num} parents with 100 children each and walk every child: the N+1
 * pattern against the eager strategies (one IN query, JOIN, batch fetch, MULTISET).
 */
public final class OneToMany implements Workload {
    private static final int CHILDREN = 100;
    private static final String PARENTS = "SELECT id, name FROM bench_parent ORDER BY id";
    private static final Table<Record> PARENT = DSL.table(unquotedName("bench_parent"));
    private static final Table<Record> CHILD = DSL.table(unquotedName("bench_child"));
    private static final Field<Long> PARENT_ID = DSL.field(unquotedName("bench_parent", "id"), Long.class);
    private static final Field<String> PARENT_NAME = DSL.field(unquotedName("bench_parent", "name"), String.class);
    private static final Field<Long> CHILD_ID = DSL.field(unquotedName("bench_child", "id"), Long.class);
    private static final Field<String> CHILD_NAME = DSL.field(unquotedName("bench_child", "name"), String.class);
    private static final Field<Long> CHILD_PARENT = DSL.field(unquotedName("bench_child", "parent_id"), Long.class);

    /** A parent as plain JDBC code would hold it. */
    private record ParentRow(long id, String name, List<ChildRow> children) {
    }

    private record ChildRow(long id, String name) {
    }

    @Override
    public String name() {
        return "one-to-many";
    }

    @Override
    public int number() {
        return 6;
    }

    @Override
    public String title() {
        return "One-to-many, 100 children per parent";
    }

    @Override
    public int defaultNum() {
        return 1000;
    }

    @Override
    public void setUp(BenchDatabase db, int num) throws Exception {
        tearDown(db);
        db.execute("CREATE TABLE bench_parent (id BIGINT PRIMARY KEY, name VARCHAR(255))",
                "CREATE TABLE bench_child (id BIGINT PRIMARY KEY, parent_id BIGINT NOT NULL REFERENCES bench_parent(id),"
                        + " name VARCHAR(255))",
                "CREATE INDEX bench_child_parent ON bench_child (parent_id)");
        try (java.sql.Connection connection = db.dataSource().getConnection();
             PreparedStatement parents = connection.prepareStatement("INSERT INTO bench_parent VALUES (?, ?)");
             PreparedStatement children = connection.prepareStatement("INSERT INTO bench_child VALUES (?, ?, ?)")) {
            long childId = 1;
            for (long p = 1; p <= num; p++) {
                parents.setLong(1, p);
                parents.setString(2, "parent " + p);
                parents.addBatch();
                for (int c = 0; c < CHILDREN; c++) {
                    children.setLong(1, childId);
                    children.setLong(2, p);
                    children.setString(3, "child " + childId++);
                    children.addBatch();
                }
                if (p % 10 == 0) {
                    parents.executeBatch();
                    children.executeBatch();
                }
            }
            parents.executeBatch();
            children.executeBatch();
            connection.commit();
        }
    }

    @Override
    public void tearDown(BenchDatabase db) throws Exception {
        db.execute("DROP TABLE IF EXISTS bench_child", "DROP TABLE IF EXISTS bench_parent");
    }

    @Override
    public List<Variant> variants(BenchDatabase db, int num) {
        long rows = (long) num * CHILDREN;
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("jdbc-in", "parents, then children WHERE parent_id IN (all parent ids): 2 queries",
                rows, () -> jdbc(db)));
        variants.add(new Variant("athanor-text-in", "the same two queries through text() and Connection.execute",
                rows, () -> athanorText(db)));
        variants.add(new Variant("athanor-core-in", "select(parent).orderBy(id), then select(child).where("
                + "parent_id.in(ids)): 2 queries", rows, () -> athanorCore(db)));
        variants.addAll(OneToManyOrm.variants(db, rows));
        variants.add(new Variant("jooq-multiset", "one query: parents with MULTISET(children) (JSON emulation)",
                rows, () -> jooqMultiset(db)));
        if (db.target().supportsHibernate()) {
            variants.add(new Variant("hibernate-lazy", "list parents, touch each lazy collection: N+1 queries",
                    rows, () -> hibernate(db, "from Parent order by id", 0)));
            variants.add(new Variant("hibernate-join-fetch", "from Parent p left join fetch p.children: 1 query",
                    rows, () -> hibernate(db, "from Parent p left join fetch p.children order by p.id", 0)));
            variants.add(new Variant("hibernate-batch-fetch", "lazy collections, session fetch batch size 500",
                    rows, () -> hibernate(db, "from Parent order by id", 500)));
        }
        return variants;
    }

    private static long jdbc(BenchDatabase db) throws Exception {
        try (java.sql.Connection connection = db.dataSource().getConnection()) {
            Map<Long, ParentRow> parents = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(PARENTS); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    parents.put(id, new ParentRow(id, rows.getString(2), new ArrayList<>()));
                }
            }
            StringJoiner marks = new StringJoiner(", ", "SELECT id, parent_id, name FROM bench_child WHERE parent_id IN (",
                    ")");
            parents.keySet().forEach(id -> marks.add("?"));
            try (PreparedStatement query = connection.prepareStatement(marks.toString())) {
                int index = 1;
                for (long id : parents.keySet()) {
                    query.setLong(index++, id);
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        parents.get(rows.getLong(2)).children().add(new ChildRow(rows.getLong(1), rows.getString(3)));
                    }
                }
            }
            connection.commit();
            return countChildren(parents.values());
        }
    }

    private static long athanorText(BenchDatabase db) {
        try (Connection connection = db.engine().connect()) {
            Map<Long, ParentRow> parents = new LinkedHashMap<>();
            for (Row row : connection.execute(text(PARENTS))) {
                long id = row.get(0, Long.class);
                parents.put(id, new ParentRow(id, (String) row.get(1), new ArrayList<>()));
            }
            StringJoiner names = new StringJoiner(", ",
                    "SELECT id, parent_id, name FROM bench_child WHERE parent_id IN (", ")");
            Map<String, Object> values = new HashMap<>();
            int index = 0;
            for (long id : parents.keySet()) {
                names.add(":p" + index);
                values.put("p" + index++, id);
            }
            TextClause children = text(names.toString());
            for (Row row : connection.execute(children, values)) {
                parents.get(row.get(1, Long.class)).children().add(new ChildRow(row.get(0, Long.class),
                        (String) row.get(2)));
            }
            connection.commit();
            return countChildren(parents.values());
        }
    }

    private static long athanorCore(BenchDatabase db) {
        try (Connection connection = db.engine().connect()) {
            Map<Long, ParentRow> parents = new LinkedHashMap<>();
            for (Row row : connection.execute(dev.athanor.sql.Sql.select(CoreFamily.PARENT)
                    .orderBy(CoreFamily.PARENT_ID))) {
                long id = row.get(CoreFamily.PARENT_ID);
                parents.put(id, new ParentRow(id, row.get(CoreFamily.PARENT_NAME), new ArrayList<>()));
            }
            for (Row row : connection.execute(dev.athanor.sql.Sql.select(CoreFamily.CHILD)
                    .where(CoreFamily.CHILD_PARENT.in(parents.keySet())))) {
                parents.get(row.get(CoreFamily.CHILD_PARENT)).children().add(new ChildRow(row.get(CoreFamily.CHILD_ID),
                        row.get(CoreFamily.CHILD_NAME)));
            }
            connection.commit();
            return countChildren(parents.values());
        }
    }

    private static long countChildren(Iterable<ParentRow> parents) {
        long count = 0;
        for (ParentRow parent : parents) {
            for (ChildRow child : parent.children()) {
                count += child.name() != null ? 1 : 0;
            }
        }
        return count;
    }

    private static long jooqMultiset(BenchDatabase db) throws Exception {
        long count = 0;
        try (java.sql.Connection connection = db.dataSource().getConnection()) {
            var children = multiset(select(CHILD_ID, CHILD_NAME).from(CHILD).where(CHILD_PARENT.eq(PARENT_ID)));
            for (var parent : db.jooq(connection).select(PARENT_ID, PARENT_NAME, children).from(PARENT)
                    .orderBy(PARENT_ID).fetch()) {
                for (var child : parent.value3()) {
                    count += child.value2() != null ? 1 : 0;
                }
            }
            connection.commit();
        }
        return count;
    }

    private static long hibernate(BenchDatabase db, String query, int batchSize) {
        long count = 0;
        try (Session session = db.hibernate().openSession()) {
            if (batchSize > 0) {
                session.setFetchBatchSize(batchSize);
            }
            var transaction = session.beginTransaction();
            for (Parent parent : session.createSelectionQuery(query, Parent.class).getResultList()) {
                for (var child : parent.getChildren()) {
                    count += child.getName() != null ? 1 : 0;
                }
            }
            transaction.commit();
        }
        return count;
    }
}
