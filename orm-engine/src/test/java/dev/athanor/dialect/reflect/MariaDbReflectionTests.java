package dev.athanor.dialect.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.dialect.Dialect;
import dev.athanor.dialect.mysql.MariaDbDialect;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.schema.reflect.IndexInfo;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MariaDbReflectionTests extends ReflectionBehaviour {
    private final String database = LiveDatabase.uniqueName("reflect");

    @Override
    protected Dialect dialect() {
        return new MariaDbDialect();
    }

    @Override
    protected Connection openConnection() throws SQLException {
        Connection connection = LiveDatabase.connect("MariaDB",
                "jdbc:mariadb://127.0.0.1:3306/test?connectTimeout=5000", "root");
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        connection.setCatalog(database);
        return connection;
    }

    @Override
    protected List<String> createStatements() {
        return List.of("""
                CREATE TABLE all_types (
                  id INT AUTO_INCREMENT PRIMARY KEY, int_col INT NOT NULL DEFAULT 7, big_col BIGINT,
                  small_col SMALLINT, str_col VARCHAR(40) DEFAULT 'hello', text_col LONGTEXT, bool_col BOOLEAN,
                  float_col FLOAT, double_col DOUBLE, num_col DECIMAL(10, 2), date_col DATE, time_col TIME(6),
                  ts_col DATETIME DEFAULT CURRENT_TIMESTAMP, precise_ts_col DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
                  json_col JSON, blob_col LONGBLOB, uuid_col UUID, char_col CHAR(36),
                  mood_col ENUM('ok', 'happy', 'melancholic') DEFAULT 'ok', null_col INT DEFAULT NULL,
                  unsigned_col INT UNSIGNED)""",
                """
                CREATE TABLE `user` (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL COMMENT 'display name',
                  email VARCHAR(100),
                  CONSTRAINT uq_user_email UNIQUE (email), CONSTRAINT ck_user_name CHECK (CHAR_LENGTH(name) > 0))
                  COMMENT 'people who log in'""",
                """
                CREATE TABLE `group` (tenant INT NOT NULL, code VARCHAR(10) NOT NULL, title VARCHAR(100),
                  CONSTRAINT pk_group PRIMARY KEY (tenant, code))""",
                """
                CREATE TABLE `order` (id INT PRIMARY KEY, tenant INT, group_code VARCHAR(10), user_id INT, placed DATE,
                  CONSTRAINT fk_order_group FOREIGN KEY (tenant, group_code) REFERENCES `group` (tenant, code)
                    ON DELETE CASCADE,
                  CONSTRAINT fk_order_user FOREIGN KEY (user_id) REFERENCES `user` (id))""",
                "CREATE INDEX ix_order_placed ON `order` (placed)",
                "CREATE UNIQUE INDEX ux_order_user_placed ON `order` (user_id, placed)",
                "CREATE TABLE `select` (`q?marks` INT PRIMARY KEY, `from` VARCHAR(10))",
                "CREATE TABLE `Mixed` (`Id` INT PRIMARY KEY, `Value` VARCHAR(10))",
                "CREATE SEQUENCE reflect_seq");
    }

    @Override
    protected void dropEverything(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE " + database);
        }
    }

    @Override
    protected String expectedDefaultSchema() {
        return database;
    }

    /** MySQL calls every primary key {@code PRIMARY}, so the declared name is gone. */
    @Override
    protected String keptPrimaryKeyName(String name) {
        return null;
    }

    /** A unique constraint is a unique index in MariaDB; nothing tells them apart. */
    @Override
    protected List<IndexInfo> expectedUserIndexes() {
        return List.of(new IndexInfo("uq_user_email", List.of("email"), true));
    }

    @Override
    protected Map<String, SqlType<?>> expectedTypes() {
        return Map.ofEntries(Map.entry("id", Types.INTEGER), Map.entry("int_col", Types.INTEGER),
                Map.entry("big_col", Types.BIG_INTEGER), Map.entry("small_col", Types.SMALL_INTEGER),
                Map.entry("str_col", Types.string(40)), Map.entry("text_col", Types.TEXT),
                Map.entry("bool_col", Types.BOOLEAN), Map.entry("float_col", Types.FLOAT),
                Map.entry("double_col", Types.DOUBLE), Map.entry("num_col", Types.numeric(10, 2)),
                Map.entry("date_col", Types.DATE), Map.entry("time_col", Types.TIME),
                Map.entry("ts_col", Types.DATETIME), Map.entry("precise_ts_col", Types.DATETIME),
                Map.entry("json_col", Types.JSON), Map.entry("blob_col", Types.LARGE_BINARY),
                Map.entry("uuid_col", Types.UUID_TYPE), Map.entry("char_col", Types.string(36)),
                Map.entry("mood_col", Types.string(11)), Map.entry("null_col", Types.INTEGER),
                Map.entry("unsigned_col", Types.INTEGER));
    }

    @Test
    void jsonColumnIsJsonAndItsValidityCheckIsNoConstraint() {
        assertThat(byName(inspector.columns("all_types")).get("json_col").typeName()).isEqualTo("longtext");
        assertThat(inspector.checkConstraints("all_types")).isEmpty();
    }

    @Test
    void defaultsReadAsOtherDatabasesReportThem() {
        Map<String, ColumnInfo> columns = byName(inspector.columns("all_types"));
        assertThat(columns.get("precise_ts_col").serverDefault()).isEqualTo("CURRENT_TIMESTAMP(6)");
        assertThat(columns.get("null_col").serverDefault()).isNull();
        assertThat(columns.get("mood_col").serverDefault()).isEqualTo("'ok'");
        assertThat(columns.get("mood_col").typeName()).isEqualTo("enum('ok','happy','melancholic')");
    }
}
