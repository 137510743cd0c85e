package dev.athanor.dialect.ddl;

import dev.athanor.schema.CheckConstraint;
import dev.athanor.schema.Column;
import dev.athanor.schema.ForeignKey;
import dev.athanor.schema.Index;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.PrimaryKeyConstraint;
import dev.athanor.schema.ReferentialAction;
import dev.athanor.schema.Sequence;
import dev.athanor.types.Types;

/** The tables every dialect's golden DDL test renders. */
final class DdlFixture {
    enum Status { ACTIVE, DISABLED }

    private DdlFixture() {
    }

    /** One table per concern: every type, a typical entity, reserved words, a composite key. */
    static MetaData model() {
        MetaData metadata = new MetaData();
        metadata.table("every_type",
                Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("small", Types.SMALL_INTEGER),
                Column.of("big", Types.BIG_INTEGER),
                Column.of("short_text", Types.string(20)),
                Column.of("unicode_text", Types.unicode(20)),
                Column.of("long_text", Types.TEXT),
                Column.of("flag", Types.BOOLEAN),
                Column.of("ratio", Types.FLOAT),
                Column.of("measure", Types.DOUBLE),
                Column.of("amount", Types.numeric(10, 2)),
                Column.of("day", Types.DATE),
                Column.of("clock", Types.TIME),
                Column.of("stamp", Types.DATETIME),
                Column.of("zoned", Types.DATETIME_TZ),
                Column.of("span", Types.INTERVAL),
                Column.of("doc", Types.JSON),
                Column.of("data", Types.LARGE_BINARY),
                Column.of("state", Types.enumType(Status.class)),
                Column.of("token", Types.UUID_TYPE));
        metadata.table("users",
                Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("name", Types.string(50)).notNull().comment("Shown as 'display name' \\ nick"),
                Column.of("email", Types.string(200)).unique(),
                Column.of("status", Types.enumType(Status.class)).notNull().serverDefault("'ACTIVE'"))
                .comment("People who sign in");
        metadata.table("order",
                Column.of("id", Types.BIG_INTEGER).primaryKey(),
                Column.of("user", Types.INTEGER).notNull()
                        .foreignKey(ForeignKey.to("users.id").onDelete(ReferentialAction.CASCADE)),
                Column.of("select", Types.TEXT),
                Column.of("q?marks", Types.numeric(10, 2)),
                Column.of("group", Types.string(20)).index(),
                Column.of("quantity", Types.INTEGER),
                new CheckConstraint("quantity >= 0").name("ck_order_quantity"));
        metadata.table("order_line",
                Column.of("order_id", Types.BIG_INTEGER)
                        .foreignKey(ForeignKey.to("order.id").name("fk_line_order").onDelete(ReferentialAction.SET_NULL)),
                Column.of("line_no", Types.INTEGER),
                Column.of("serial", Types.BIG_INTEGER).notNull().sequence(Sequence.named("line_serial").start(100)),
                new PrimaryKeyConstraint("order_id", "line_no").name("pk_order_line"),
                new Index("ix_order_line_serial", "serial").unique());
        return metadata;
    }

    /** Two tables referencing each other; the cycle is broken by a named {@code useAlter} foreign key. */
    static MetaData cycle() {
        MetaData metadata = new MetaData();
        metadata.table("department",
                Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("manager_id", Types.INTEGER)
                        .foreignKey(ForeignKey.to("employee.id").name("fk_department_manager").useAlter()));
        metadata.table("employee",
                Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("department_id", Types.INTEGER).references("department.id"));
        return metadata;
    }
}
