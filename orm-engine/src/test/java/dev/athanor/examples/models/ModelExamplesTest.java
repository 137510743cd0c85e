package dev.athanor.examples.models;

import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.engine.Connection;
import dev.athanor.exc.IntegrityError;
import dev.athanor.orm.Registry;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.schema.Inspector;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.MappedTables;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reference documents' declarative-model examples: annotated classes become tables. */
class ModelExamplesTest {
    @RegisterExtension
    final MappedTables tables = new MappedTables();

    private static ColumnInfo column(Inspector inspector, String table, String name) {
        return inspector.columns(table).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @DatabaseTest
    void userModelMapsToItsTable(TestDb db) {
        SessionFactory sessions = tables.create(db, Blog.registry());
        try (Session session = sessions.open()) {
            User user = new User("john", "john@example.com");
            session.add(user);
            session.commit();
            session.refresh(user);
            assertThat(user.toString()).isEqualTo("<User(id=1, username='john')>");
            assertThat(user.getCreatedAt()).isNotNull();
            assertThat(user.isActive()).isTrue();
        }
        Inspector inspector = db.engine().inspector();
        assertThat(column(inspector, "users", "username").nullable()).isFalse();
        assertThat(column(inspector, "users", "age").nullable()).isTrue();
        assertThat(column(inspector, "users", "is_active").nullable()).isFalse();
        assertThatThrownBy(() -> {
            try (Session session = sessions.open()) {
                session.add(new User("john", "other@example.com"));
                session.commit();
            }
        }).isInstanceOf(IntegrityError.class);
    }

    @DatabaseTest
    void columnTypesRoundTrip(TestDb db) {
        SessionFactory sessions = tables.create(db, Product.class, Category.class, Order.class, OrderItem.class);
        try (Session session = sessions.open()) {
            Product product = new Product("Pen", new BigDecimal("1.50"));
            product.setAttributes(Map.of("colour", "blue", "sizes", List.of("S", "M")));
            product.setStatus(ProductStatus.PUBLISHED);
            session.add(product);
            session.commit();
        }
        try (Session session = sessions.open()) {
            Product product = session.get(Product.class, 1);
            assertThat(product.getPrice()).isEqualByComparingTo("1.50");
            assertThat(product.getAttributes()).containsEntry("colour", "blue").containsEntry("sizes", List.of("S", "M"));
            assertThat(product.getStatus()).isEqualTo(ProductStatus.PUBLISHED);
        }
        assertThat(column(db.engine().inspector(), "products", "name").nullable()).isFalse();
    }

    @DatabaseTest(only = {TestDatabase.H2, TestDatabase.POSTGRESQL})
    void tableArgumentsWithASchema(TestDb db) {
        db.engine().transaction(conn -> conn.executeRaw("CREATE SCHEMA IF NOT EXISTS blog"));
        tables.create(db, Writer.class, Article.class);
        Inspector inspector = db.engine().inspector();
        assertThat(inspector.tableNames("blog")).contains("articles", "writers");
        assertThat(inspector.indexes("blog", "articles")).extracting(i -> i.name()).contains("ix_article_author");
        assertThat(inspector.uniqueConstraints("blog", "articles")).extracting(u -> u.name()).contains("uq_article_slug");
        assertThatThrownBy(() -> db.engine().transaction(conn ->
                conn.executeRaw("INSERT INTO blog.articles (id, slug, title) VALUES (1, 'a', '')")))
                .isInstanceOf(IntegrityError.class);
    }

    @DatabaseTest
    void constraintsAreEnforced(TestDb db) {
        SessionFactory sessions = tables.create(db, Account.class, Member.class);
        assertThatThrownBy(() -> {
            try (Session session = sessions.open()) {
                session.add(new Account("a", "a@example.com", new BigDecimal("-1.00")));
                session.commit();
            }
        }).isInstanceOf(IntegrityError.class);
        try (Session session = sessions.open()) {
            Member member = new Member("Ann", "ann@example.com");
            session.add(member);
            session.commit();
            assertThat(member.getAge()).isNull();
            assertThat(member.getCreated()).isNotNull();
        }
        assertThat(db.engine().inspector().indexes("members")).extracting(i -> i.name())
                .contains("ix_members_active_name");
    }

    @DatabaseTest
    void compositePrimaryKey(TestDb db) {
        SessionFactory sessions = tables.create(db, Blog.registry());
        try (Session session = sessions.open()) {
            User user = new User("alice", null);
            Group admins = new Group("Admins");
            user.getGroups().add(admins);
            session.add(user);
            session.commit();
            // tag::composite-key[]
            UserGroupAssociation link = session.get(UserGroupAssociation.class, List.of(1, 1));   // (user_id, group_id)
            // end::composite-key[]
            assertThat(link).isNotNull();
        }
    }

    @DatabaseTest
    void joinedTableInheritance(TestDb db) {
        SessionFactory sessions = tables.create(db, Staff.class, Engineer.class, Manager.class);
        try (Session session = sessions.open()) {
            // tag::inheritance[]
            session.addAll(List.of(new Engineer("Ada", "compilers"), new Manager("Grace", "Navy"),
                    new Staff("Linus")));
            session.commit();

            List<Staff> everyone = session.scalars(select(Staff.class).orderBy(Staff_.name)).all();
            // Engineer, Manager and Staff objects, each read with its own columns
            // end::inheritance[]
            assertThat(everyone).extracting(s -> s.getClass().getSimpleName() + ":" + s.getName())
                    .containsExactly("Engineer:Ada", "Manager:Grace", "Staff:Linus");
            assertThat(((Engineer) everyone.get(0)).getEngineeringField()).isEqualTo("compilers");
        }
        try (Connection conn = db.engine().connect()) {
            assertThat(conn.execute(dev.athanor.sql.Sql.text("SELECT type FROM staff ORDER BY name")).<String>scalars()
                    .all()).containsExactly("engineer", "manager", "employee");
        }
    }
}
