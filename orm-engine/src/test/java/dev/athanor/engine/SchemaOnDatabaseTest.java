package dev.athanor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.schema.Column;
import dev.athanor.schema.ForeignKey;
import dev.athanor.schema.Index;
import dev.athanor.schema.Inspector;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.ReferentialAction;
import dev.athanor.schema.Table;
import dev.athanor.schema.UniqueConstraint;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.schema.reflect.ForeignKeyInfo;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDb;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.types.Types;
import java.util.List;

/** {@code createAll}/{@code dropAll} against live databases, checked through reflection. */
class SchemaOnDatabaseTest {

    enum Mood { HAPPY, GRUMPY }

    private static MetaData model() {
        MetaData metadata = new MetaData();
        metadata.table("sd_user",
                Column.of("id", Types.INTEGER).primaryKey(),
                Column.of("email", Types.string(120)).notNull().unique(),
                Column.of("group", Types.string(30)).index().serverDefault("'none'"),
                Column.of("q?marks", Types.string(10)),
                Column.of("mood", Types.enumType(Mood.class, "sd_mood")),
                Column.of("active", Types.BOOLEAN).notNull().comment("true while the account is open"));
        metadata.table("sd_order",
                Column.of("id", Types.BIG_INTEGER).primaryKey(),
                Column.of("user_id", Types.INTEGER).notNull()
                        .foreignKey(ForeignKey.to("sd_user.id").onDelete(ReferentialAction.CASCADE)),
                Column.of("select", Types.numeric(12, 2)),
                Column.of("placed_at", Types.DATETIME_TZ),
                new UniqueConstraint("user_id", "placed_at"),
                new Index("ix_sd_order_select", "select"));
        return metadata;
    }

    @DatabaseTest
    void createsTablesInDependencyOrderAndReflectsThemBack(TestDb db) {
        MetaData metadata = model();
        metadata.dropAll(db.engine());
        try (SqlRecorder recorder = db.record()) {
            metadata.createAll(db.engine());
            List<String> creates = recorder.sql().stream().filter(sql -> sql.startsWith("CREATE TABLE")).toList();
            assertThat(creates).hasSize(2);
            assertThat(creates.get(0)).contains("sd_user");
            assertThat(creates.get(1)).contains("sd_order");
        }
        try {
            Inspector inspector = db.engine().inspector();
            assertThat(inspector.tableNames()).contains("sd_user", "sd_order");
            assertThat(inspector.columns("sd_user")).extracting(ColumnInfo::name)
                    .containsExactly("id", "email", "group", "q?marks", "mood", "active");
            assertThat(inspector.primaryKey("sd_order").columns()).containsExactly("id");
            ForeignKeyInfo fk = inspector.foreignKeys("sd_order").get(0);
            assertThat(fk.columns()).containsExactly("user_id");
            assertThat(fk.referredTable()).isEqualTo("sd_user");
            assertThat(fk.referredColumns()).containsExactly("id");
            assertThat(inspector.columns("sd_user").get(1).nullable()).isFalse();
            assertThat(inspector.columns("sd_order").get(2).type()).isEqualTo(Types.numeric(12, 2));
        } finally {
            metadata.dropAll(db.engine());
        }
        assertThat(db.engine().inspector().tableNames()).doesNotContain("sd_user", "sd_order");
    }

    @DatabaseTest
    void checkFirstMakesCreateAllAndDropAllRepeatable(TestDb db) {
        MetaData metadata = model();
        try {
            metadata.createAll(db.engine());
            try (SqlRecorder recorder = db.record()) {
                metadata.createAll(db.engine());
                assertThat(recorder.sql()).noneMatch(sql -> sql.startsWith("CREATE"));
            }
        } finally {
            metadata.dropAll(db.engine());
            metadata.dropAll(db.engine());
        }
    }

    @DatabaseTest
    void ddlOnAConnectionSeesItsOwnTransaction(TestDb db) {
        MetaData metadata = new MetaData();
        Table table = metadata.table("sd_scratch", Column.of("id", Types.INTEGER).primaryKey());
        try (Connection conn = db.engine().connect()) {
            metadata.createAll(conn);
            assertThat(conn.inspector().hasTable(table.name())).isTrue();
            conn.commit();
        } finally {
            metadata.dropAll(db.engine());
        }
    }

    @DatabaseTest
    void reflectRebuildsTablesWithKeysAndTheTablesTheyReference(TestDb db) {
        MetaData declared = model();
        declared.createAll(db.engine());
        try {
            MetaData reflected = new MetaData();
            Table order = reflected.reflectTable(db.engine(), null, "sd_order");
            assertThat(reflected.tables()).extracting(Table::name).containsExactly("sd_order", "sd_user");
            assertThat(order.primaryKey().columns()).extracting(Column::name).containsExactly("id");
            assertThat(order.foreignKeys().get(0).referredTable().name()).isEqualTo("sd_user");
            assertThat(order.c("select").type()).isEqualTo(Types.numeric(12, 2));
            assertThat(reflected.table("sd_user").c("email").isNullable()).isFalse();
            assertThat(reflected.sortedTables()).extracting(Table::name).containsExactly("sd_user", "sd_order");
        } finally {
            declared.dropAll(db.engine());
        }
    }
}
