package dev.athanor.testing;

import dev.athanor.Athanor;
import dev.athanor.engine.Engine;
import dev.athanor.engine.EngineOptions;
import dev.athanor.engine.Url;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One engine per test database for the whole test run, created on first use and disposed when
 * the JVM exits, so test classes share warm pools instead of reconnecting.
 */
public final class TestEngines {
    private static final Map<TestDatabase, Engine> ENGINES = new EnumMap<>(TestDatabase.class);
    private static final Map<TestDatabase, Optional<String>> REACHABILITY = new EnumMap<>(TestDatabase.class);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ENGINES.values().forEach(Engine::dispose)));
    }

    private TestEngines() {
    }

    /** The shared engine of a database. */
    public static synchronized Engine engine(TestDatabase database) {
        return ENGINES.computeIfAbsent(database, d -> Athanor.createEngine(d.url(), options()));
    }

    /** Options for test engines: small pools and short timeouts, so a leak fails fast. */
    public static EngineOptions options() {
        return EngineOptions.builder().poolSize(2).maxOverflow(4).poolTimeout(Duration.ofSeconds(10)).build();
    }

    /** Why a server cannot be used, or empty when it answers. */
    public static synchronized Optional<String> unreachableReason(TestDatabase database) {
        return REACHABILITY.computeIfAbsent(database, TestEngines::probe);
    }

    private static Optional<String> probe(TestDatabase database) {
        if (!database.isServer()) {
            return Optional.empty();
        }
        Url url = Url.parse(database.url());
        String host = url.host() == null ? "127.0.0.1" : url.host();
        int port = url.port() == null ? defaultPort(database) : url.port();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2_000);
        } catch (IOException e) {
            return Optional.of(database.displayName() + " is not reachable at " + host + ":" + port + " ("
                    + e.getMessage() + "); start it or set ATHANOR_" + database.name() + "_URL");
        }
        try (var connection = engine(database).connect()) {
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(database.displayName() + " refused the test connection: " + e.getMessage());
        }
    }

    private static int defaultPort(TestDatabase database) {
        return database == TestDatabase.POSTGRESQL ? 5432 : 3306;
    }
}
