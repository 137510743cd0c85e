package dev.athanor.examples.engine;

import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.Athanor;
import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import dev.athanor.engine.Row;
import dev.athanor.engine.Url;
import dev.athanor.examples.Printed;
import dev.athanor.examples.models.Department;
import dev.athanor.examples.models.Employee;
import dev.athanor.orm.Registry;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.pool.PoolClass;
import dev.athanor.pool.PoolListener;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reference documents' engine, connection and pool examples. */
class EngineExamplesTest {
    @RegisterExtension
    final Printed out = new Printed();

    @Test
    void creatingEngines() {
        // tag::create-engine[]
        Engine sqlite = Athanor.createEngine("sqlite:///database.db");
        Engine postgres = Athanor.createEngine("postgresql://user:password@localhost:5432/mydb");
        Engine mariadb = Athanor.createEngine("mariadb://user:password@localhost:3306/mydb");

        Engine pooled = Athanor.createEngine("postgresql://user:password@localhost/mydb", EngineOptions.builder()
                .poolSize(10)                              // connections kept open
                .maxOverflow(20)                           // extra connections under load
                .poolTimeout(Duration.ofSeconds(30))       // wait for a free connection
                .poolRecycle(Duration.ofHours(1))          // replace connections older than this
                .echo(true)                                // log every statement
                .echoPool(true)                            // log checkouts and checkins
                .build());
        // end::create-engine[]
        List<Engine> engines = List.of(sqlite, postgres, mariadb, pooled);
        assertThat(engines).extracting(e -> e.dialect().name()).containsExactly("sqlite", "postgresql", "mariadb",
                "postgresql");
        assertThat(pooled.toString()).contains("postgresql://user:***@localhost/mydb");
        assertThat(pooled.options().pool().size()).isEqualTo(10);
        assertThat(pooled.poolStatus().max()).isEqualTo(30);
        engines.forEach(Engine::dispose);
        assertThat(engines).allSatisfy(e -> assertThat(e.poolStatus().checkedOut()).isZero());
    }

    @Test
    void connectionUrlFormats() {
        // tag::url-formats[]
        List<String> urls = List.of(
                "sqlite:///database.db",                   // relative path
                "sqlite:////absolute/path/to/db.db",       // absolute path
                "sqlite:///:memory:",                      // in memory
                "h2:///:memory:",
                "postgresql://user:password@host:5432/database",
                "mariadb://user:password@host:3306/database",
                "mysql://user:password@host:3306/database",
                "oracle://user:password@host:1521/?service_name=myservice",
                "mssql://user:password@host/database",
                "jdbc:postgresql://host:5432/database?user=user"); // any JDBC URL
        // end::url-formats[]
        assertThat(urls).extracting(u -> Url.parse(u).isJdbc() ? "jdbc" : Url.parse(u).scheme()).containsExactly(
                "sqlite", "sqlite", "sqlite", "h2", "postgresql", "mariadb", "mysql", "oracle", "mssql", "jdbc");
        assertThat(Url.parse(urls.get(1)).database()).isEqualTo("/absolute/path/to/db.db");
        assertThat(Url.parse(urls.get(4)).port()).isEqualTo(5432);
        assertThat(Url.parse(urls.get(7)).query()).containsEntry("service_name", "myservice");
    }

    @Test
    void coreQuickExampleOnSqliteInMemory() {
        // tag::quick-text[]
        try (Engine engine = Athanor.createEngine("sqlite:///:memory:");
             Connection conn = engine.connect()) {
            conn.execute(text("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)"));
            conn.execute(text("INSERT INTO users VALUES (1, 'Alice'), (2, 'Bob')"));
            conn.commit();
            List<Row> rows = conn.execute(text("SELECT * FROM users")).all();
            for (Row row : rows) {
                System.out.println(row);
            }
        }
        // end::quick-text[]
        assertThat(out.lines()).containsExactly("(1, 'Alice')", "(2, 'Bob')");
    }

    @DatabaseTest
    void engineConnectionAndSession(TestDb db) {
        Engine engine = db.engine();
        SessionFactory sessions = SessionFactory.builder(engine, Registry.of()).build();
        // tag::three-layers[]
        try (Connection conn = engine.connect()) {         // a connection from the engine's pool
            conn.execute(text("SELECT 1"));
            conn.commit();                                 // connect() never commits by itself
        }

        engine.transaction(conn -> conn.execute(text("SELECT 1")));   // commits, or rolls back on throw

        try (Session session = sessions.open()) {          // the ORM's unit of work over the engine
            session.execute(text("SELECT 1"));
            session.commit();
        }
        // end::three-layers[]
        assertThat(engine.poolStatus().checkedOut()).isZero();
    }

    @DatabaseTest
    void basicSetup(TestDb db) {
        String url = db.database().url();
        // tag::basic-setup[]
        Engine engine = Athanor.createEngine(url, EngineOptions.builder().echo(true).build());
        Registry registry = Registry.of(Department.class, Employee.class);   // the mapped classes
        SessionFactory sessions = SessionFactory.builder(engine, registry).autoflush(false).build();
        registry.metadata().createAll(engine);
        // end::basic-setup[]
        try {
            assertThat(engine.inspector().tableNames()).contains("department", "employee");
            assertThat(sessions.autoflush()).isFalse();
        } finally {
            registry.metadata().dropAll(engine);
            engine.dispose();
        }
    }

    @DatabaseTest
    void isolationLevelsAndAutocommit(TestDb db) {
        String url = db.database().url();
        // tag::isolation-levels[]
        Engine serializable = Athanor.createEngine(url, EngineOptions.builder()
                .isolationLevel("SERIALIZABLE").build());      // every transaction SERIALIZABLE
        Engine reads = serializable.withIsolationLevel("AUTOCOMMIT"); // same pool; each statement commits by itself
        SessionFactory lookups = SessionFactory.builder(reads, Registry.of(Department.class, Employee.class)).build();
        // end::isolation-levels[]
        try (Connection transactional = serializable.connect(); Session session = lookups.open()) {
            assertThat(transactional.execute(text("SELECT 1")).<Number>scalar().intValue()).isEqualTo(1);
            assertThat(session.execute(text("SELECT 1")).<Number>scalar().intValue()).isEqualTo(1);
            session.commit();
            assertThat(reads.isAutocommit()).isTrue();
            assertThat(serializable.isAutocommit()).isFalse();
        } finally {
            serializable.dispose();
            reads.dispose();
        }
    }

    @DatabaseTest
    void rawSqlOnAConnection(TestDb db) {
        db.dropTables("users");
        Engine engine = db.engine();
        engine.transaction(conn -> conn.execute(text("CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50))")));
        engine.transaction(conn -> conn.execute(text("INSERT INTO users (id, name) VALUES (1, 'Bob')")));
        try {
            // tag::connection-text[]
            try (Connection connection = engine.connect()) {
                for (Row row : connection.execute(text("SELECT * FROM users"))) {
                    System.out.println(row);
                }
            }

            engine.transaction(connection -> connection.execute(         // commits on success
                    text("INSERT INTO users (id, name) VALUES (2, :name)"), Map.of("name", "Alice")));
            // end::connection-text[]
            assertThat(out.lines()).containsExactly("(1, 'Bob')");
            try (Connection connection = engine.connect()) {
                assertThat(connection.execute(text("SELECT name FROM users WHERE id = 2")).<String>scalar())
                        .isEqualTo("Alice");
            }
        } finally {
            db.dropTables("users");
        }
    }

    @DatabaseTest
    void poolConfigurationAndCheckoutListener(TestDb db) {
        String url = db.database().url();
        // tag::pool-config[]
        Engine engine = Athanor.createEngine(url, EngineOptions.builder()
                .poolSize(10)
                .maxOverflow(5)
                .poolTimeout(Duration.ofSeconds(30))
                .poolRecycle(Duration.ofMinutes(30))
                .poolPrePing(true)                         // test each connection before lending it
                .build());

        engine.addPoolListener(new PoolListener() {
            @Override
            public void checkout(java.sql.Connection connection) {
                System.out.println("Connection checked out: pool size=" + engine.poolStatus().size()
                        + ", checked_out=" + engine.poolStatus().checkedOut());
            }
        });
        // end::pool-config[]
        try (Connection conn = engine.connect()) {
            conn.execute(text("SELECT 1"));
        } finally {
            engine.dispose();
        }
        assertThat(out.lines()).containsExactly("Connection checked out: pool size=10, checked_out=1");
    }

    @DatabaseTest
    void poolClassesEventsAndStatistics(TestDb db) {
        String url = db.database().url();
        // tag::pool-classes[]
        Engine queued = Athanor.createEngine(url, EngineOptions.builder()     // HikariCP, the default
                .poolSize(20).maxOverflow(0).poolTimeout(Duration.ofSeconds(60)).build());
        Engine unpooled = Athanor.createEngine(url, EngineOptions.builder()   // a new connection each time
                .poolClass(PoolClass.NULL).build());
        Engine single = Athanor.createEngine("sqlite:///database.db", EngineOptions.builder()
                .poolClass(PoolClass.STATIC).build());                     // one shared connection

        queued.addPoolListener(new PoolListener() {
            @Override
            public void connect(java.sql.Connection connection) {
                System.out.println("New database connection established");
            }

            @Override
            public void checkout(java.sql.Connection connection) {
                System.out.println("Connection checked out from pool");
            }

            @Override
            public void checkin(java.sql.Connection connection) {
                System.out.println("Connection returned to pool");
            }
        });
        try (Connection conn = queued.connect()) {
            conn.execute(text("SELECT 1"));
        }
        System.out.println(queued.poolStatus());
        queued.dispose();                                   // close every pooled connection
        // end::pool-classes[]
        unpooled.dispose();
        single.dispose();
        assertThat(out.lines()).containsSubsequence("Connection checked out from pool", "Connection returned to pool");
        assertThat(out.lines()).contains("New database connection established");
        assertThat(out.lines().get(out.lines().size() - 1)).startsWith("Pool size: 20  Connections in pool: ");
    }
}
