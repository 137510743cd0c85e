package dev.athanor.engine;

import static dev.athanor.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.athanor.Athanor;
import dev.athanor.exc.IntegrityError;
import dev.athanor.testing.CapturedLog;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EchoTest {
    @RegisterExtension
    final CapturedLog log = new CapturedLog("athanor.engine", Level.INFO);

    private String logged() {
        return String.join("\n", log.messages());
    }

    @Test
    void echoLogsStatementsParametersCacheStateAndTime() {
        try (Engine engine = Athanor.createEngine("sqlite://", EngineOptions.builder().echo(true).build());
             Connection conn = engine.connect()) {
            conn.execute(text("SELECT :a AS a"), Map.of("a", "first"));
            conn.execute(text("SELECT :a AS a"), Map.of("a", "second"));
        }
        assertThat(logged())
                .contains("SELECT ? AS a\n[generated] ('first',)")
                .containsPattern("\\[cached since [0-9.e-]+s ago\\] \\('second',\\)")
                .containsPattern("\\[executed in [0-9.]+ ms, row count -1\\]");
    }

    @Test
    void withoutEchoNothingIsLoggedAtInfo() {
        try (Engine engine = Athanor.createEngine("sqlite://"); Connection conn = engine.connect()) {
            conn.execute(text("SELECT 1"));
        }
        assertThat(log.events()).isEmpty();
    }

    @Test
    void hiddenParametersStayOutOfLogsAndErrors() {
        try (Engine engine = Athanor.createEngine("sqlite://",
                EngineOptions.builder().echo(true).hideParameters(true).build());
             Connection conn = engine.connect()) {
            conn.execute(text("CREATE TABLE secrets (v VARCHAR(20) PRIMARY KEY)"));
            conn.execute(text("INSERT INTO secrets VALUES (:v)"), Map.of("v", "hunter2"));
            try {
                conn.execute(text("INSERT INTO secrets VALUES (:v)"), Map.of("v", "hunter2"));
            } catch (IntegrityError e) {
                assertThat(e.getMessage()).doesNotContain("hunter2").contains("hidden");
            }
        }
        assertThat(logged()).doesNotContain("hunter2").contains("[SQL parameters hidden]");
    }

    @Test
    void longValuesAreShortenedInLogs() {
        String big = "x".repeat(10_000);
        try (Engine engine = Athanor.createEngine("sqlite://", EngineOptions.builder().echo(true).build());
             Connection conn = engine.connect()) {
            conn.execute(text("SELECT :a"), Map.of("a", big));
        }
        assertThat(logged()).contains("(9700 characters truncated)").doesNotContain(big);
    }
}
