package dev.athanor.dialect.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.dialect.mssql.SqlServerDialect;
import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import dev.athanor.schema.ddl.CreateTable;
import dev.athanor.types.Types;
import org.junit.jupiter.api.Test;

/** SQL Server uses {@code IDENTITY(1,1)}, bracket quoting and {@code (max)} types. */
class SqlServerDdlTest extends DdlGoldenTest {
    SqlServerDdlTest() {
        super(new SqlServerDialect());
    }

    @Override
    String everyType() {
        return """
                CREATE TABLE every_type (
                    id INTEGER NOT NULL IDENTITY(1,1),
                    small SMALLINT,
                    big BIGINT,
                    short_text VARCHAR(20),
                    unicode_text NVARCHAR(20),
                    long_text VARCHAR(max),
                    flag BIT,
                    ratio REAL,
                    measure FLOAT(53),
                    amount NUMERIC(10, 2),
                    day DATE,
                    clock TIME(6),
                    stamp DATETIME2(6),
                    zoned DATETIMEOFFSET(6),
                    span BIGINT,
                    doc NVARCHAR(max),
                    data VARBINARY(max),
                    state VARCHAR(8) CHECK (state IN ('ACTIVE', 'DISABLED')),
                    token UNIQUEIDENTIFIER,
                    PRIMARY KEY (id)
                )""";
    }

    @Override
    String usersWithCommentsAndEnum() {
        return """
                CREATE TABLE users (
                    id INTEGER NOT NULL IDENTITY(1,1),
                    name VARCHAR(50) NOT NULL,
                    email VARCHAR(200),
                    status VARCHAR(8) DEFAULT 'ACTIVE' NOT NULL CHECK (status IN ('ACTIVE', 'DISABLED')),
                    PRIMARY KEY (id),
                    UNIQUE (email)
                )""";
    }

    @Override
    String reservedWordsAndForeignKey() {
        return """
                CREATE TABLE [order] (
                    id BIGINT NOT NULL IDENTITY(1,1),
                    [user] INTEGER NOT NULL,
                    [select] VARCHAR(max),
                    [q?marks] NUMERIC(10, 2),
                    [group] VARCHAR(20),
                    quantity INTEGER,
                    PRIMARY KEY (id),
                    FOREIGN KEY ([user]) REFERENCES users (id) ON DELETE CASCADE,
                    CONSTRAINT ck_order_quantity CHECK (quantity >= 0)
                );
                CREATE INDEX ix_order_group ON [order] ([group])""";
    }

    @Override
    String compositeKeyWithSequenceAndIndex() {
        return """
                CREATE TABLE order_line (
                    order_id BIGINT NOT NULL,
                    line_no INTEGER NOT NULL,
                    serial BIGINT DEFAULT NEXT VALUE FOR line_serial NOT NULL,
                    CONSTRAINT pk_order_line PRIMARY KEY (order_id, line_no),
                    CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES [order] (id) ON DELETE SET NULL
                );
                CREATE UNIQUE INDEX ix_order_line_serial ON order_line (serial)""";
    }

    @Override
    String cycleCreateAndDrop() {
        return """
                CREATE TABLE department (
                    id INTEGER NOT NULL IDENTITY(1,1),
                    manager_id INTEGER,
                    PRIMARY KEY (id)
                );
                CREATE TABLE employee (
                    id INTEGER NOT NULL IDENTITY(1,1),
                    department_id INTEGER,
                    PRIMARY KEY (id),
                    FOREIGN KEY (department_id) REFERENCES department (id)
                );
                ALTER TABLE department ADD CONSTRAINT fk_department_manager FOREIGN KEY (manager_id) REFERENCES employee (id);
                ALTER TABLE department DROP CONSTRAINT fk_department_manager;
                DROP TABLE employee;
                DROP TABLE department""";
    }

    @Test
    void unboundedUnicodeStringIsNvarcharMax() {
        Table table = new MetaData().table("notes", Column.of("title", Types.UNICODE), Column.of("body", Types.UNICODE_TEXT));

        assertThat(sql(new CreateTable(table))).contains("title NVARCHAR(max),", "body NVARCHAR(max)");
    }
}
