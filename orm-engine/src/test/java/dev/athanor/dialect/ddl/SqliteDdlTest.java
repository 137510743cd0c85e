package dev.athanor.dialect.ddl;

import dev.athanor.dialect.sqlite.SqliteDialect;
import dev.athanor.schema.Autoincrement;
import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import dev.athanor.schema.UniqueConstraint;
import dev.athanor.schema.ddl.AddConstraint;
import dev.athanor.schema.ddl.CreateTable;
import dev.athanor.types.Types;
import org.junit.jupiter.api.Test;

/** SQLite aliases the rowid for generated keys, stores decimals as text and writes every foreign key inline. */
class SqliteDdlTest extends DdlGoldenTest {
    SqliteDdlTest() {
        super(new SqliteDialect());
    }

    @Override
    String everyType() {
        return """
                CREATE TABLE every_type (
                    id INTEGER NOT NULL PRIMARY KEY,
                    small SMALLINT,
                    big BIGINT,
                    short_text VARCHAR(20),
                    unicode_text VARCHAR(20),
                    long_text TEXT,
                    flag BOOLEAN,
                    ratio REAL,
                    measure DOUBLE,
                    amount NUMERIC_TEXT(10, 2),
                    day DATE,
                    clock TIME,
                    stamp DATETIME,
                    zoned DATETIME,
                    span BIGINT,
                    doc TEXT,
                    data BLOB,
                    state VARCHAR(8) CHECK (state IN ('ACTIVE', 'DISABLED')),
                    token CHAR(36)
                )""";
    }

    @Override
    String usersWithCommentsAndEnum() {
        return """
                CREATE TABLE users (
                    id INTEGER NOT NULL PRIMARY KEY,
                    name VARCHAR(50) NOT NULL,
                    email VARCHAR(200),
                    status VARCHAR(8) DEFAULT 'ACTIVE' NOT NULL CHECK (status IN ('ACTIVE', 'DISABLED')),
                    UNIQUE (email)
                )""";
    }

    @Override
    String reservedWordsAndForeignKey() {
        return """
                CREATE TABLE "order" (
                    id INTEGER NOT NULL PRIMARY KEY,
                    "user" INTEGER NOT NULL,
                    "select" TEXT,
                    "q?marks" NUMERIC_TEXT(10, 2),
                    "group" VARCHAR(20),
                    quantity INTEGER,
                    FOREIGN KEY ("user") REFERENCES users (id) ON DELETE CASCADE,
                    CONSTRAINT ck_order_quantity CHECK (quantity >= 0)
                );
                CREATE INDEX ix_order_group ON "order" ("group")""";
    }

    @Override
    String compositeKeyWithSequenceAndIndex() {
        return """
                CREATE TABLE order_line (
                    order_id BIGINT NOT NULL,
                    line_no INTEGER NOT NULL,
                    serial BIGINT NOT NULL,
                    CONSTRAINT pk_order_line PRIMARY KEY (order_id, line_no),
                    CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES "order" (id) ON DELETE SET NULL
                );
                CREATE UNIQUE INDEX ix_order_line_serial ON order_line (serial)""";
    }

    @Override
    String cycleCreateAndDrop() {
        return """
                CREATE TABLE department (
                    id INTEGER NOT NULL PRIMARY KEY,
                    manager_id INTEGER,
                    CONSTRAINT fk_department_manager FOREIGN KEY (manager_id) REFERENCES employee (id)
                );
                CREATE TABLE employee (
                    id INTEGER NOT NULL PRIMARY KEY,
                    department_id INTEGER,
                    FOREIGN KEY (department_id) REFERENCES department (id)
                );
                DROP TABLE employee;
                DROP TABLE department""";
    }

    @Test
    void autoincrementInCompositeKeyIsACompileError() {
        Table table = new MetaData().table("pair",
                Column.of("a", Types.INTEGER).primaryKey().autoincrement(Autoincrement.TRUE),
                Column.of("b", Types.INTEGER).primaryKey());

        assertCompileError(new CreateTable(table), "pair.a", "sqlite", "[a, b]");
    }

    @Test
    void addingAnOrdinaryConstraintLaterIsACompileError() {
        Table table = new MetaData().table("t", Column.of("a", Types.INTEGER), new UniqueConstraint("a").name("uq_a"));

        assertCompileError(new AddConstraint(table.constraints().get(0)), "recreate the table");
    }
}
