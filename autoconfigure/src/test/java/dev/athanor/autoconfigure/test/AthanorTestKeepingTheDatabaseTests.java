package dev.athanor.autoconfigure.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.autoconfigure.test.AutoConfigureAthanorTestDatabase.Replace;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An {@code @AthanorTest} told to keep the configured database. */
@AthanorTest(properties = {"spring.datasource.url=jdbc:h2:mem:kept-by-the-test;DB_CLOSE_DELAY=-1",
        "athanor.entity-packages=dev.athanor.autoconfigure.fixture"})
@AutoConfigureAthanorTestDatabase(replace = Replace.NONE)
class AthanorTestKeepingTheDatabaseTests {

    @Autowired
    DataSource dataSource;

    @Test
    void theConfiguredDatabaseIsUsed() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).contains("kept-by-the-test");
        }
    }
}
