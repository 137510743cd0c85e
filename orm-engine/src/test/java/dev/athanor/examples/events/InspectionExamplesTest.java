package dev.athanor.examples.events;

import static dev.athanor.types.Types.BOOLEAN;
import static dev.athanor.types.Types.INTEGER;
import static dev.athanor.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.Athanor;
import dev.athanor.engine.Engine;
import dev.athanor.examples.blog.Post;
import dev.athanor.examples.blog.User;
import dev.athanor.orm.ColumnProperty;
import dev.athanor.orm.Mapper;
import dev.athanor.orm.RelationshipProperty;
import dev.athanor.orm.Registry;
import dev.athanor.schema.Column;
import dev.athanor.schema.Index;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.schema.reflect.ForeignKeyInfo;
import dev.athanor.schema.reflect.IndexInfo;
import dev.athanor.schema.Inspector;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cheat sheet's inspection examples: reflecting a live database with {@code inspect(engine)}
 * and reading a mapped class's columns and relationships with {@code inspect(User)}.
 */
class InspectionExamplesTest {
    private final List<String> printed = new ArrayList<>();

    private void print(String line) {
        printed.add(line);
    }

    /** The cheat sheet's three tables: users (with the composite index its output shows), orders and items. */
    private static MetaData shop() {
        MetaData metadata = new MetaData();
        metadata.table("users", Column.of("id", INTEGER).primaryKey(), Column.of("name", string(100)).notNull(),
                Column.of("email", string(255)).notNull(), Column.of("is_active", BOOLEAN).notNull(),
                new Index("ix_users_active_name", "is_active", "name"));
        metadata.table("orders", Column.of("id", INTEGER).primaryKey(),
                Column.of("user_id", INTEGER).notNull().references("users.id"));
        metadata.table("items", Column.of("id", INTEGER).primaryKey(),
                Column.of("order_id", INTEGER).notNull().references("orders.id"));
        return metadata;
    }

    private void inspect(Engine engine) {
        // tag::inspect-engine[]
        Inspector insp = Athanor.inspect(engine);
        print("schemas: " + insp.schemaNames());
        print("tables: " + insp.tableNames());
        for (ColumnInfo col : insp.columns("users")) {
            print(String.format(" %-20s %-20s nullable=%s", col.name(), col.typeName(), col.nullable()));
        }
        for (ForeignKeyInfo fk : insp.foreignKeys("orders")) {
            print("FK: " + fk.columns() + " → " + fk.referredTable() + " " + fk.referredColumns());
        }
        for (IndexInfo idx : insp.indexes("users")) {
            print("IDX: " + idx.name() + " " + idx.columns() + (idx.unique() ? " unique" : ""));
        }
        // end::inspect-engine[]
    }

    @DatabaseTest(only = TestDatabase.SQLITE)
    void anInspectorListsSchemasTablesColumnsKeysAndIndexesOnSqlite(TestDb db) {
        MetaData metadata = shop();
        metadata.createAll(db.engine());
        try {
            inspect(db.engine());
        } finally {
            metadata.dropAll(db.engine());
        }
        assertThat(printed).containsExactly(
                "schemas: [main]",
                "tables: [items, orders, users]",
                " id                   INTEGER              nullable=false",
                " name                 VARCHAR(100)         nullable=false",
                " email                VARCHAR(255)         nullable=false",
                " is_active            BOOLEAN              nullable=false",
                "FK: [user_id] → users [id]",
                "IDX: ix_users_active_name [is_active, name]");
    }

    @DatabaseTest
    void anInspectorReadsTheSameKeysAndIndexesOnEveryDatabase(TestDb db) {
        MetaData metadata = shop();
        metadata.dropAll(db.engine());
        metadata.createAll(db.engine());
        try {
            inspect(db.engine());
        } finally {
            metadata.dropAll(db.engine());
        }
        assertThat(printed).contains("FK: [user_id] → users [id]", "IDX: ix_users_active_name [is_active, name]");
        assertThat(printed.get(1)).contains("items", "orders", "users");
        assertThat(printed).filteredOn(line -> line.startsWith(" ")).hasSize(4).allMatch(l -> l.endsWith("=false"));
    }

    @Test
    void aMapperListsItsColumnsAndRelationships() {
        Registry registry = Registry.of(User.class, Post.class);
        // tag::inspect-mapper[]
        Mapper<User> mapper = registry.mapper(User.class);
        for (ColumnProperty col : mapper.columns()) {
            print(col.name() + " " + col.javaType().getSimpleName() + " " + col.column().isNullable());
        }
        for (RelationshipProperty rel : mapper.relationships()) {
            print("REL: " + rel.name() + " → " + rel.target().entityClass().getSimpleName());
        }
        // end::inspect-mapper[]
        assertThat(printed).containsExactly("id Integer false", "username String false", "email String false",
                "isActive Boolean true", "createdAt LocalDateTime true", "updatedAt LocalDateTime true",
                "lastLogin LocalDateTime true", "REL: posts → Post");
    }
}
