package dev.athanor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.Athanor;
import dev.athanor.exc.ArgumentError;
import org.junit.jupiter.api.Test;

class UrlTest {

    @Test
    void parsesEveryPartOfAServerUrl() {
        Url url = Url.parse("postgresql+pgjdbc://scott:tiger@db.example.com:6543/shop?sslmode=require&appName=x");
        assertThat(url.scheme()).isEqualTo("postgresql");
        assertThat(url.driver()).isEqualTo("pgjdbc");
        assertThat(url.username()).isEqualTo("scott");
        assertThat(url.password()).isEqualTo("tiger");
        assertThat(url.host()).isEqualTo("db.example.com");
        assertThat(url.port()).isEqualTo(6543);
        assertThat(url.database()).isEqualTo("shop");
        assertThat(url.query()).containsEntry("sslmode", "require").containsEntry("appName", "x");
    }

    @Test
    void decodesPercentEncodedCredentials() {
        Url url = Url.parse("mariadb://us%40er:p%40ss%2Fw%3Ard%20x+y@localhost/test");
        assertThat(url.username()).isEqualTo("us@er");
        assertThat(url.password()).isEqualTo("p@ss/w:rd x+y");
    }

    @Test
    void masksThePasswordInToString() {
        Url url = Url.parse("postgresql://scott:s3cret@localhost:5432/shop?password=also");
        assertThat(url.toString()).isEqualTo("postgresql://scott:***@localhost:5432/shop?password=***")
                .doesNotContain("s3cret").doesNotContain("also");
        assertThat(url.render(false)).contains("s3cret");
    }

    @Test
    void masksPasswordsInsidePlainJdbcUrls() {
        Url url = Url.parse("jdbc:postgresql://localhost/shop?user=scott&password=s3cret");
        assertThat(url.isJdbc()).isTrue();
        assertThat(url.toString()).doesNotContain("s3cret").contains("password=***");
    }

    @Test
    void readsSqliteRelativeAbsoluteAndMemoryPaths() {
        assertThat(Url.parse("sqlite:///relative.db").database()).isEqualTo("relative.db");
        assertThat(Url.parse("sqlite:////abs/path.db").database()).isEqualTo("/abs/path.db");
        assertThat(Url.parse("sqlite:///:memory:").toJdbcTarget().inMemory()).isTrue();
        assertThat(Url.parse("sqlite://").toJdbcTarget().inMemory()).isTrue();
    }

    @Test
    void readsH2MemoryFileAndTcpForms() {
        assertThat(Url.parse("h2:///:memory:").toJdbcTarget().inMemory()).isTrue();
        assertThat(Url.parse("h2:///./data/app").database()).isEqualTo("./data/app");
        Url tcp = Url.parse("h2+tcp://dbhost:9092/shop");
        assertThat(tcp.driver()).isEqualTo("tcp");
        assertThat(tcp.host()).isEqualTo("dbhost");
        assertThat(tcp.port()).isEqualTo(9092);
    }

    @Test
    void rejectsMalformedUrlsWithTheExpectedForm() {
        assertThatThrownBy(() -> Url.parse("not a url at all"))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("expected dialect[+driver]://user:password@host:port/database");
    }

    @Test
    void malformedUrlMessagesNeverShowThePassword() {
        assertThatThrownBy(() -> Url.parse("postgresql://scott:s3cret@host:notaport/db"))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Invalid port 'notaport'")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void unknownDialectListsTheKnownOnes() {
        assertThatThrownBy(() -> Athanor.createEngine("foodb://localhost/x"))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Unknown dialect 'foodb'")
                .hasMessageContaining("postgresql").hasMessageContaining("sqlite").hasMessageContaining("h2")
                .hasMessageContaining("mariadb").hasMessageContaining("mysql").hasMessageContaining("oracle")
                .hasMessageContaining("mssql");
    }

    @Test
    void missingDriverNamesTheArtifactToAdd() {
        assertThatThrownBy(() -> Athanor.createEngine("oracle://scott:tiger@localhost:1521/XE"))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("oracle.jdbc.OracleDriver")
                .hasMessageContaining("com.oracle.database.jdbc:ojdbc11")
                .hasMessageNotContaining("tiger");
    }

    @Test
    void engineToStringMasksThePassword() {
        try (Engine engine = Athanor.createEngine("postgresql://scott:tiger@127.0.0.1:1/db")) {
            assertThat(engine.toString()).isEqualTo("Engine(postgresql://scott:***@127.0.0.1:1/db)");
        }
    }

    @Test
    void eachDialectBuildsItsJdbcUrlWithDefaultPorts() {
        assertThat(jdbc("postgresql://u@db/shop")).isEqualTo("jdbc:postgresql://db:5432/shop");
        assertThat(jdbc("mariadb://u@db:3307/shop")).isEqualTo("jdbc:mariadb://db:3307/shop");
        assertThat(jdbc("mysql://u@/shop")).isEqualTo("jdbc:mysql://localhost:3306/shop");
        assertThat(jdbc("oracle://u@db/XE")).isEqualTo("jdbc:oracle:thin:@//db:1521/XE");
        assertThat(jdbc("mssql://u@db/shop")).isEqualTo("jdbc:sqlserver://db:1433;databaseName=shop");
        assertThat(jdbc("sqlite:///app.db")).isEqualTo("jdbc:sqlite:app.db");
        assertThat(jdbc("sqlite:///:memory:")).isEqualTo("jdbc:sqlite::memory:");
        assertThat(jdbc("h2:///./data/app?MODE=PostgreSQL")).isEqualTo("jdbc:h2:file:./data/app;MODE=PostgreSQL");
        assertThat(jdbc("h2:///:memory:")).matches("jdbc:h2:mem:athanor_[0-9a-f]{32};DB_CLOSE_DELAY=-1")
                .isNotEqualTo(jdbc("h2:///:memory:"));
        assertThat(jdbc("h2+tcp://db:9092/shop")).isEqualTo("jdbc:h2:tcp://db:9092/shop");
    }

    private static String jdbc(String url) {
        Url parsed = Url.parse(url);
        return dev.athanor.dialect.Dialects.forScheme(parsed.scheme()).jdbcUrl(parsed.toJdbcTarget());
    }
}
