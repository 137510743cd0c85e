package dev.athanor.dialect.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.dialect.mysql.MySqlDialect;
import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import dev.athanor.schema.ddl.CreateTable;
import dev.athanor.schema.ddl.DropConstraint;
import dev.athanor.schema.ddl.DropIndex;
import dev.athanor.types.Types;
import org.junit.jupiter.api.Test;

/** MySQL uses {@code AUTO_INCREMENT}, inline {@code ENUM} and comments, and utf8mb4 tables. */
class MySqlDdlTest extends DdlGoldenTest {
    /** The scripts MariaDB renders exactly as MySQL does (its DDL compiler extends MySQL's). */
    static final String USERS_WITH_COMMENTS_AND_ENUM = """
            CREATE TABLE users (
                id INTEGER NOT NULL AUTO_INCREMENT,
                name VARCHAR(50) NOT NULL COMMENT 'Shown as ''display name'' \\\\ nick',
                email VARCHAR(200),
                status ENUM('ACTIVE', 'DISABLED') DEFAULT 'ACTIVE' NOT NULL,
                PRIMARY KEY (id),
                UNIQUE (email)
            ) DEFAULT CHARSET=utf8mb4 COMMENT='People who sign in'""";

    static final String RESERVED_WORDS_AND_FOREIGN_KEY = """
            CREATE TABLE `order` (
                id BIGINT NOT NULL AUTO_INCREMENT,
                `user` INTEGER NOT NULL,
                `select` LONGTEXT,
                `q?marks` DECIMAL(10, 2),
                `group` VARCHAR(20),
                quantity INTEGER,
                PRIMARY KEY (id),
                FOREIGN KEY (`user`) REFERENCES users (id) ON DELETE CASCADE,
                CONSTRAINT ck_order_quantity CHECK (quantity >= 0)
            ) DEFAULT CHARSET=utf8mb4;
            CREATE INDEX ix_order_group ON `order` (`group`)""";

    static final String CYCLE_CREATE_AND_DROP = """
            CREATE TABLE department (
                id INTEGER NOT NULL AUTO_INCREMENT,
                manager_id INTEGER,
                PRIMARY KEY (id)
            ) DEFAULT CHARSET=utf8mb4;
            CREATE TABLE employee (
                id INTEGER NOT NULL AUTO_INCREMENT,
                department_id INTEGER,
                PRIMARY KEY (id),
                FOREIGN KEY (department_id) REFERENCES department (id)
            ) DEFAULT CHARSET=utf8mb4;
            ALTER TABLE department ADD CONSTRAINT fk_department_manager FOREIGN KEY (manager_id) REFERENCES employee (id);
            ALTER TABLE department DROP FOREIGN KEY fk_department_manager;
            DROP TABLE employee;
            DROP TABLE department""";

    MySqlDdlTest() {
        super(new MySqlDialect());
    }

    @Override
    String everyType() {
        return """
                CREATE TABLE every_type (
                    id INTEGER NOT NULL AUTO_INCREMENT,
                    small SMALLINT,
                    big BIGINT,
                    short_text VARCHAR(20),
                    unicode_text VARCHAR(20),
                    long_text LONGTEXT,
                    flag BOOLEAN,
                    ratio FLOAT,
                    measure DOUBLE,
                    amount DECIMAL(10, 2),
                    day DATE,
                    clock TIME(6),
                    stamp DATETIME(6),
                    zoned DATETIME(6),
                    span BIGINT,
                    doc JSON,
                    data LONGBLOB,
                    state ENUM('ACTIVE', 'DISABLED'),
                    token CHAR(36),
                    PRIMARY KEY (id)
                ) DEFAULT CHARSET=utf8mb4""";
    }

    @Override
    String usersWithCommentsAndEnum() {
        return USERS_WITH_COMMENTS_AND_ENUM;
    }

    @Override
    String reservedWordsAndForeignKey() {
        return RESERVED_WORDS_AND_FOREIGN_KEY;
    }

    @Override
    String compositeKeyWithSequenceAndIndex() {
        return """
                CREATE TABLE order_line (
                    order_id BIGINT NOT NULL,
                    line_no INTEGER NOT NULL,
                    serial BIGINT NOT NULL,
                    CONSTRAINT pk_order_line PRIMARY KEY (order_id, line_no),
                    CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES `order` (id) ON DELETE SET NULL
                ) DEFAULT CHARSET=utf8mb4;
                CREATE UNIQUE INDEX ix_order_line_serial ON order_line (serial)""";
    }

    @Override
    String cycleCreateAndDrop() {
        return CYCLE_CREATE_AND_DROP;
    }

    @Test
    void varcharWithoutLengthIsACompileErrorNamingColumnAndDialect() {
        Table table = new MetaData().table("notes", Column.of("title", Types.STRING));

        assertCompileError(new CreateTable(table), "notes.title", "mysql", "Types.string(n)");
    }

    @Test
    void dropsForeignKeysAndIndexesWithMySqlClauses() {
        MetaData metadata = DdlFixture.model();
        Table line = metadata.table("order_line");

        assertThat(sql(new DropConstraint(line.foreignKeys().get(0)))).isEqualTo("ALTER TABLE order_line DROP FOREIGN KEY fk_line_order");
        assertThat(sql(new DropIndex(line.indexes().get(0)))).isEqualTo("DROP INDEX ix_order_line_serial ON order_line");
    }
}
