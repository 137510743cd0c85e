package dev.athanor.engine;

import static dev.athanor.sql.Sql.insert;
import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.dialect.mysql.MariaDbDialect;
import dev.athanor.dialect.mysql.MySqlDialect;
import dev.athanor.exc.CompileError;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.orm.Registry;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.MetaData;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestEngines;
import dev.athanor.types.Types;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * INSERT … RETURNING on a dialect without it: the MySQL dialect (whose server has no RETURNING)
 * talking to the live MariaDB server, so the keys must come through JDBC getGeneratedKeys().
 */
class GeneratedKeysTest {
    private Engine engine;
    private final MetaData metadata = new MetaData();
    private final dev.athanor.schema.Table gadgets = metadata.table("gk_gadget",
            dev.athanor.schema.Column.of("id", Types.INTEGER).primaryKey(),
            dev.athanor.schema.Column.of("name", Types.string(50)));

    @BeforeEach
    void mysqlDialectOnMariaDb() throws Exception {
        TestEngines.unreachableReason(TestDatabase.MARIADB).ifPresent(reason -> {
            if (TestDatabase.serversRequired()) {
                throw new AssertionError(reason);
            }
            org.junit.jupiter.api.Assumptions.abort(reason);
        });
        Url url = Url.parse(TestDatabase.MARIADB.url());
        String jdbc = new MariaDbDialect().jdbcUrl(url.toJdbcTarget());
        MariaDbDataSource dataSource = new MariaDbDataSource(jdbc);
        dataSource.setUser(url.username());
        if (url.password() != null) {
            dataSource.setPassword(url.password());
        }
        engine = Engine.create(dataSource, new MySqlDialect(), TestEngines.options());
        metadata.dropAll(engine);
        metadata.createAll(engine);
    }

    @AfterEach
    void dropTables() {
        if (engine != null) {
            metadata.dropAll(engine);
            engine.close();
        }
    }

    @Test
    void oneRowReturnsItsGeneratedKey() {
        try (Connection conn = engine.connect()) {
            Object id = conn.execute(insert(gadgets).values(Map.of("name", "a")).returning(gadgets.c("id"))).scalar();
            assertThat(((Number) id).intValue()).isEqualTo(conn.execute(select(gadgets.c("id"))).<Number>scalar().intValue());
        }
    }

    @Test
    void aBatchReturnsOneKeyPerRowInInsertOrderInOneStatement() {
        try (Connection conn = engine.connect(); SqlRecorder recorder = SqlRecorder.on(engine)) {
            List<Object> ids = conn.execute(insert(gadgets).returning(gadgets.c("id")),
                    List.of(Map.of("name", "a"), Map.of("name", "b"), Map.of("name", "c"))).scalars().all();
            assertThat(recorder.sql()).hasSize(1);
            assertThat(recorder.sql().get(0)).doesNotContain("RETURNING");
            assertThat(ids).hasSize(3);
            assertThat(ids.stream().map(id -> ((Number) id).longValue()).toList()).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void returningAnotherColumnSaysOnlyTheGeneratedKeyCanComeBack() {
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(insert(gadgets).values(Map.of("name", "a"))
                    .returning(gadgets.c("name"))))
                    .isInstanceOf(CompileError.class)
                    .hasMessageContaining("mysql has no INSERT … RETURNING")
                    .hasMessageContaining("return only id");
        }
    }

    @Test
    void theSessionFlushesNewObjectsAndFillsInTheirKeys() {
        Registry registry = Registry.of(Widget.class);
        registry.metadata().createAll(engine);
        try (Session session = SessionFactory.builder(engine, registry).build().open()) {
            List<Widget> widgets = List.of(new Widget("a"), new Widget("b"), new Widget("c"));
            session.addAll(widgets);
            session.flush();
            assertThat(widgets).allSatisfy(w -> assertThat(w.id).isNotNull());
            assertThat(session.get(Widget.class, widgets.get(1).id)).isSameAs(widgets.get(1));
            session.rollback();
        } finally {
            registry.metadata().dropAll(engine);
        }
    }

    @Table("gk_widget")
    static class Widget {
        @Column(primaryKey = true)
        Integer id;
        @Column(length = 50)
        String name;

        Widget() {
        }

        Widget(String name) {
            this.name = name;
        }
    }
}
