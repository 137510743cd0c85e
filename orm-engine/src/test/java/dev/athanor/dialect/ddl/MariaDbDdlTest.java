package dev.athanor.dialect.ddl;

import dev.athanor.dialect.mysql.MariaDbDialect;

/**
 * MariaDB renders MySQL's DDL plus sequences and a native UUID; the scripts neither touches are
 * MySQL's to the letter.
 */
class MariaDbDdlTest extends DdlGoldenTest {
    MariaDbDdlTest() {
        super(new MariaDbDialect());
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
                    token UUID,
                    PRIMARY KEY (id)
                ) DEFAULT CHARSET=utf8mb4""";
    }

    @Override
    String usersWithCommentsAndEnum() {
        return MySqlDdlTest.USERS_WITH_COMMENTS_AND_ENUM;
    }

    @Override
    String reservedWordsAndForeignKey() {
        return MySqlDdlTest.RESERVED_WORDS_AND_FOREIGN_KEY;
    }

    @Override
    String compositeKeyWithSequenceAndIndex() {
        return """
                CREATE TABLE order_line (
                    order_id BIGINT NOT NULL,
                    line_no INTEGER NOT NULL,
                    serial BIGINT DEFAULT NEXT VALUE FOR line_serial NOT NULL,
                    CONSTRAINT pk_order_line PRIMARY KEY (order_id, line_no),
                    CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES `order` (id) ON DELETE SET NULL
                ) DEFAULT CHARSET=utf8mb4;
                CREATE UNIQUE INDEX ix_order_line_serial ON order_line (serial)""";
    }

    @Override
    String cycleCreateAndDrop() {
        return MySqlDdlTest.CYCLE_CREATE_AND_DROP;
    }
}
