package dev.athanor.orm.shard;

import static dev.athanor.sql.Sql.attr;
import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.engine.Connection;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import dev.athanor.engine.ExecutionContext;
import dev.athanor.engine.ExecutionListener;
import dev.athanor.engine.Url;
import dev.athanor.exc.IntegrityError;
import dev.athanor.orm.Registry;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;
import dev.athanor.schema.Autoincrement;
import dev.athanor.sql.ColumnClause;
import dev.athanor.sql.Select;
import dev.athanor.testing.ScaleServers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Horizontal sharding over three real PostgreSQL servers (5440 "asia", 5442 "eu", 5443 "us",
 * made by {@link ScaleServers}): rows are counted on each server directly, and statements per
 * server by an execution listener on each shard's engine.
 */
class ShardedSessionTest {
    private static final Registry REGISTRY = Registry.of(Customer.class);
    private static final Map<String, Engine> ENGINES = new LinkedHashMap<>();
    private static final Map<String, AtomicInteger> STATEMENTS = new LinkedHashMap<>();
    private static final List<String> ALL = List.of("asia", "eu", "us");
    private static ShardedSessionFactory sessions;

    /** A customer, stored on the shard of its region; keyed by a UUID made by the application. */
    @Table("shard_customer")
    public static class Customer {
        @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
        UUID id;
        @Column(length = 10, nullable = false)
        String region;
        @Column(length = 40, nullable = false)
        String name;

        Customer() {
        }

        Customer(String region, String name) {
            this.id = UUID.randomUUID();
            this.region = region;
            this.name = name;
        }
    }

    @BeforeAll
    static void createTables() {
        ScaleServers.require();
        ENGINES.put("asia", Engine.create(Url.parse(ScaleServers.PRIMARY), EngineOptions.DEFAULTS));
        ENGINES.put("eu", Engine.create(Url.parse(ScaleServers.SHARD_A), EngineOptions.DEFAULTS));
        ENGINES.put("us", Engine.create(Url.parse(ScaleServers.SHARD_B), EngineOptions.DEFAULTS));
        ShardedSessionFactory.Builder builder = ShardedSessionFactory.builder(REGISTRY)
                .shardChooser(object -> ((Customer) object).region)
                .identityChooser((type, id) -> ALL)
                .executeChooser(ShardedSessionTest::shardsOf);
        ENGINES.forEach((shard, engine) -> {
            REGISTRY.metadata().dropAll(engine);
            REGISTRY.metadata().createAll(engine);
            AtomicInteger counter = new AtomicInteger();
            STATEMENTS.put(shard, counter);
            engine.addExecutionListener(new ExecutionListener() {
                @Override
                public void beforeExecute(ExecutionContext context) {
                    counter.incrementAndGet();
                }
            });
            builder.shard(shard, engine);
        });
        sessions = builder.build();
    }

    /** Every shard unless the WHERE pins the region, as SQLAlchemy's example chooser does. */
    private static List<String> shardsOf(Select select) {
        return ShardKeys.values(select, "region").map(v -> v.stream().map(String::valueOf).toList()).orElse(ALL);
    }

    @AfterAll
    static void dropTables() {
        ENGINES.values().forEach(engine -> {
            REGISTRY.metadata().dropAll(engine);
            engine.dispose();
        });
    }

    @BeforeEach
    void emptyShards() {
        ENGINES.values().forEach(e -> e.transactionWithoutResult(c -> c.execute(text("DELETE FROM shard_customer"))));
    }

    @Test
    void newObjectsAreWrittenToTheShardTheirChooserNames() {
        try (ShardedSession session = sessions.open()) {
            session.add(new Customer("eu", "Ada"));
            session.add(new Customer("eu", "Bruno"));
            session.add(new Customer("eu", "Chloé"));
            session.add(new Customer("us", "Dana"));
            session.add(new Customer("us", "Eli"));
            Customer tokyo = new Customer("asia", "Fumiko");
            session.add(tokyo);
            session.commit();
            assertThat(session.shardOf(tokyo)).isEqualTo("asia");
        }
        assertThat(countsPerServer()).containsExactly(Map.entry("asia", 1L), Map.entry("eu", 3L), Map.entry("us", 2L));
    }

    @Test
    void aLookupByKeyFindsTheObjectOnWhicheverShardHasItAndItsIdentityNamesTheShard() {
        Customer dana = new Customer("us", "Dana");
        try (ShardedSession session = sessions.open()) {
            session.add(new Customer("eu", "Ada"));
            session.add(dana);
            session.commit();
        }
        try (ShardedSession session = sessions.open()) {
            Customer loaded = session.get(Customer.class, dana.id);
            assertThat(loaded.name).isEqualTo("Dana");
            assertThat(session.identityOf(loaded).shardId()).isEqualTo("us");
            assertThat(session.identityOf(loaded).key().values()).containsExactly(dana.id);
            assertThat(session.get(Customer.class, dana.id)).isSameAs(loaded);
            assertThat(session.get(Customer.class, UUID.randomUUID())).isNull();
        }
    }

    @Test
    void aQueryWithoutTheShardKeyRunsOnEveryShardAndMergesTheRows() {
        addOnePerRegion();
        try (ShardedSession session = sessions.open()) {
            List<Customer> all = session.scalars(select(Customer.class));
            assertThat(all).extracting(c -> c.name).containsExactlyInAnyOrder("Ada", "Dana", "Fumiko");
            assertThat(all).extracting(session::shardOf).containsExactlyInAnyOrder("asia", "eu", "us");
        }
    }

    @Test
    void aQueryOnTheShardKeyTouchesOnlyThatShardsServer() {
        addOnePerRegion();
        Map<String, Integer> before = statementCounts();
        try (ShardedSession session = sessions.open()) {
            Select eu = select(Customer.class).where(region().eq("eu"));
            assertThat(session.<Customer>scalars(eu)).extracting(c -> c.name).containsExactly("Ada");
        }
        Map<String, Integer> after = statementCounts();
        assertThat(after.get("eu")).isGreaterThan(before.get("eu"));
        assertThat(after.get("asia")).isEqualTo(before.get("asia"));
        assertThat(after.get("us")).isEqualTo(before.get("us"));
        assertThat(shardsOf(select(Customer.class).where(region().in("eu", "us")))).containsExactly("eu", "us");
    }

    @Test
    void anExplicitShardRunsTheQueryThereOnly() {
        addOnePerRegion();
        try (ShardedSession session = sessions.open()) {
            assertThat(session.<Customer>scalars(select(Customer.class), "us")).extracting(c -> c.name)
                    .containsExactly("Dana");
            assertThat(session.shard("asia").<Customer>scalars(select(Customer.class)).all()).hasSize(1);
        }
    }

    @Test
    void aFailingShardLeavesEarlierShardsCommittedAndLaterOnesRolledBack() {
        try (ShardedSession session = sessions.open()) {
            session.add(new Customer("asia", "Fumiko"));
            session.add(new Customer("eu", null));
            session.add(new Customer("us", "Dana"));
            assertThatThrownBy(session::commit).isInstanceOf(IntegrityError.class);
        }
        assertThat(countsPerServer()).containsExactly(Map.entry("asia", 1L), Map.entry("eu", 0L), Map.entry("us", 0L));
    }

    @Test
    void aChooserNamingAnUnknownShardIsReported() {
        try (ShardedSession session = sessions.open()) {
            assertThatThrownBy(() -> session.add(new Customer("mars", "Zed")))
                    .hasMessageContaining("Unknown shard 'mars'").hasMessageContaining("[asia, eu, us]");
        }
        assertThat(countsPerServer().values()).containsOnly(0L);
    }

    private static void addOnePerRegion() {
        try (ShardedSession session = sessions.open()) {
            session.add(new Customer("eu", "Ada"));
            session.add(new Customer("us", "Dana"));
            session.add(new Customer("asia", "Fumiko"));
            session.commit();
        }
    }

    private static ColumnClause<String> region() {
        return attr(Customer.class, "region");
    }

    private static Map<String, Long> countsPerServer() {
        Map<String, Long> counts = new LinkedHashMap<>();
        ENGINES.forEach((shard, engine) -> {
            try (Connection connection = engine.connect()) {
                counts.put(shard, connection.execute(text("SELECT count(*) FROM shard_customer")).scalar());
            }
        });
        return counts;
    }

    private static Map<String, Integer> statementCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        STATEMENTS.forEach((shard, counter) -> counts.put(shard, counter.get()));
        return counts;
    }
}
