package dev.athanor.examples.querying;

import static dev.athanor.sql.Sql.and;
import static dev.athanor.sql.Sql.delete;
import static dev.athanor.sql.Sql.desc;
import static dev.athanor.sql.Sql.distinct;
import static dev.athanor.sql.Sql.exists;
import static dev.athanor.sql.Sql.func;
import static dev.athanor.sql.Sql.not;
import static dev.athanor.sql.Sql.or;
import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.text;
import static dev.athanor.sql.Sql.update;
import static dev.athanor.sql.Sql.window;
import static dev.athanor.types.Types.DATETIME_TZ;
import static dev.athanor.types.Types.DOUBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.dialect.Capability;
import dev.athanor.engine.Row;
import dev.athanor.examples.Printed;
import dev.athanor.examples.models.Author;
import dev.athanor.examples.models.Author_;
import dev.athanor.examples.models.Blog;
import dev.athanor.examples.models.Book;
import dev.athanor.examples.models.Book_;
import dev.athanor.examples.models.Category;
import dev.athanor.examples.models.Category_;
import dev.athanor.examples.models.Comment;
import dev.athanor.examples.models.Comment_;
import dev.athanor.examples.models.Department;
import dev.athanor.examples.models.Employee;
import dev.athanor.examples.models.Employee_;
import dev.athanor.examples.models.Library;
import dev.athanor.examples.models.Order;
import dev.athanor.examples.models.OrderItem;
import dev.athanor.examples.models.Order_;
import dev.athanor.examples.models.Post;
import dev.athanor.examples.models.Post_;
import dev.athanor.examples.models.Product;
import dev.athanor.examples.models.Product_;
import dev.athanor.examples.models.Tag_;
import dev.athanor.examples.models.User;
import dev.athanor.examples.models.User_;
import dev.athanor.exc.MultipleResultsFound;
import dev.athanor.exc.NoResultFound;
import dev.athanor.orm.EntityTable;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.sql.Cte;
import dev.athanor.sql.ScalarSelect;
import dev.athanor.sql.Select;
import dev.athanor.sql.TypedSelect;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.MappedTables;
import dev.athanor.testing.Requires;
import dev.athanor.testing.TestDatabase;
import dev.athanor.testing.TestDb;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reference documents' query examples: select(), filters, joins, aggregates, subqueries. */
class QueryingExamplesTest {
    @RegisterExtension
    final Printed out = new Printed();
    @RegisterExtension
    final MappedTables tables = new MappedTables();

    /** alice (30, active, one post), bob (17, active), john (70, inactive). */
    private SessionFactory blog(TestDb db) {
        SessionFactory sessions = tables.create(db, Blog.registry());
        try (Session session = sessions.open()) {
            User alice = new User("alice", "alice@example.com");
            alice.setAge(30);
            Post post = new Post("Python tips", "Learn Python");
            post.getComments().add(new Comment("interesting!"));
            alice.getPosts().add(post);
            User bob = new User("bob", "bob@test.com");
            bob.setAge(17);
            User john = new User("john", "john@example.com");
            john.setAge(70);
            john.setActive(false);
            session.addAll(List.of(alice, bob, john));
            session.commit();
        }
        return sessions;
    }

    private SessionFactory library(TestDb db) {
        SessionFactory sessions = tables.create(db, Library.registry());
        try (Session session = sessions.open()) {
            Library.fill(session);
        }
        return sessions;
    }

    @DatabaseTest
    void selectWhereScalars(TestDb db) {
        SessionFactory sessions = blog(db);
        try (Session session = sessions.open()) {
            // tag::select-where[]
            TypedSelect<User> stmt = select(User.class).where(User_.username.eq("john"));
            List<User> users = session.scalars(stmt).all();
            // end::select-where[]
            assertThat(users).extracting(User::getUsername).containsExactly("john");
        }
    }

    @DatabaseTest
    void basicQueries(TestDb db) {
        SessionFactory sessions = blog(db);
        try (Session session = sessions.open()) {
            // tag::basic-queries[]
            List<User> users = session.scalars(select(User.class)).all();

            List<User> active = session.scalars(select(User.class).where(User_.isActive.isTrue())).all();

            users = session.scalars(select(User.class).where(
                    User_.isActive.isTrue(),
                    User_.createdAt.gt(LocalDateTime.of(2024, 1, 1, 0, 0)))).all();

            for (Row row : session.execute(select(User_.id, User_.username, User_.email).orderBy(User_.id))) {
                System.out.println("ID: " + row.get(User_.id) + ", Username: " + row.get(User_.username));
            }

            User user = session.get(User.class, 1);        // null when there is no such row

            TypedSelect<User> byName = select(User.class).where(User_.username.eq("john"));
            user = session.scalars(byName).oneOrNone();   // null when none
            user = session.scalars(byName).one();         // NoResultFound when none
            // end::basic-queries[]
            assertThat(active).hasSize(2);
            assertThat(users).hasSize(2);
            assertThat(user.getUsername()).isEqualTo("john");
            assertThat(out.lines()).containsExactly("ID: 1, Username: alice", "ID: 2, Username: bob",
                    "ID: 3, Username: john");
            assertThatThrownBy(() -> session.scalars(select(User.class).where(User_.username.eq("x"))).one())
                    .isInstanceOf(NoResultFound.class);
            assertThatThrownBy(() -> session.scalars(select(User.class)).one())
                    .isInstanceOf(MultipleResultsFound.class);
        }
    }

    @DatabaseTest
    void joins(TestDb db) {
        SessionFactory sessions = library(db);
        try (Session session = sessions.open()) {
            // tag::joins[]
            List<Book> books = session.scalars(select(Book.class).join(Book_.author)).all();   // ON from the relationship

            books = session.scalars(select(Book.class)
                    .join(Author_.TABLE, Book_.authorId.eq(Author_.id))).all();

            for (Row row : session.execute(select(Book_.title, Author_.name).join(Book_.author).orderBy(Book_.title))) {
                System.out.println(row.get(Book_.title) + " by " + row.get(Author_.name));
            }

            List<List<Object>> pairs = session.rows(select(Author.class, Book.class)
                    .outerJoin(Author_.books)).all();      // [author, book or null] per row
            // end::joins[]
            assertThat(books).hasSize(3);
            assertThat(pairs).hasSize(4);
            assertThat(out.lines()).containsExactly("Django Mastery by Alice Smith", "Python Tricks by Alice Smith",
                    "SQLAlchemy in Action by Bob Jones");
        }
    }

    @DatabaseTest
    void multipleJoinsAndEagerLoads(TestDb db) {
        SessionFactory sessions = blog(db);
        try (Session session = sessions.open()) {
            // tag::multi-joins[]
            List<Comment> comments = session.scalars(select(Comment.class)
                    .join(Comment_.post).join(Post_.author)).all();

            List<User> users = session.scalars(select(User.class)
                    .join(User_.posts)
                    .join(Post_.comments)
                    .where(Comment_.content.like("%interesting%"))
                    .distinct()).all();
            // end::multi-joins[]
            assertThat(comments).hasSize(1);
            assertThat(users).extracting(User::getUsername).containsExactly("alice");
        }
    }

    @DatabaseTest
    void selfJoinThroughAnAlias(TestDb db) {
        SessionFactory sessions = tables.create(db, Department.class, Employee.class);
        try (Session session = sessions.open()) {
            Employee ada = new Employee(1, "Ada", null);
            Employee bob = new Employee(2, "Bob", null);
            bob.setManager(ada);
            session.addAll(List.of(ada, bob));
            session.commit();
        }
        try (Session session = sessions.open()) {
            // tag::self-join[]
            EntityTable<Employee> manager = EntityTable.aliased(Employee.class, "manager");
            List<List<Object>> rows = session.rows(select(Employee_.TABLE, manager)
                    .outerJoin(manager, Employee_.managerId.eq(manager.get(Employee_.id)))
                    .orderBy(Employee_.name)).all();
            for (List<Object> row : rows) {
                Employee employee = (Employee) row.get(0);
                Employee boss = (Employee) row.get(1);
                System.out.println(employee.getName() + " reports to " + (boss == null ? "nobody" : boss.getName()));
            }
            // end::self-join[]
            assertThat(out.lines()).containsExactly("Ada reports to nobody", "Bob reports to Ada");
        }
    }

    @DatabaseTest
    void filtering(TestDb db) {
        SessionFactory sessions = blog(db);
        try (Session session = sessions.open()) {
            // tag::filtering[]
            Select adults = select(User.class).where(User_.age.ge(18));
            Select youngOrOld = select(User.class).where(or(User_.age.lt(18), User_.age.gt(65)));
            Select notJohn = select(User.class).where(User_.username.ne("john"));
            Select likeJo = select(User.class).where(User_.username.like("%jo%"));
            Select ilikeJo = select(User.class).where(User_.username.ilike("%JO%"));     // case-insensitive
            Select byIds = select(User.class).where(User_.id.in(1, 2, 3));
            Select notByIds = select(User.class).where(User_.id.notIn(List.of(1, 2)));
            Select working = select(User.class).where(User_.age.between(18, 65));
            Select noLogin = select(User.class).where(User_.lastLogin.isNull());
            Select loggedIn = select(User.class).where(User_.lastLogin.isNotNull());
            Select both = select(User.class).where(and(User_.isActive.isTrue(), User_.age.gt(18)));
            Select inactive = select(User.class).where(not(User_.isActive));
            Select chained = select(User.class)
                    .where(User_.isActive.isTrue())
                    .where(User_.age.ge(18))
                    .where(User_.email.endsWith("@example.com"));
            // end::filtering[]
            List<Select> all = List.of(adults, youngOrOld, notJohn, likeJo, ilikeJo, byIds, notByIds, working,
                    noLogin, loggedIn, both, inactive, chained);
            assertThat(all).extracting(stmt -> session.scalars(stmt).all().size())
                    .containsExactly(2, 2, 2, 1, 1, 3, 1, 1, 3, 0, 1, 1, 1);
        }
    }

    @DatabaseTest
    void filteringCombinations(TestDb db) {
        SessionFactory sessions = blog(db);
        try (Session session = sessions.open()) {
            // tag::filtering-combined[]
            List<User> users = session.scalars(select(User.class).where(
                    User_.isActive.isTrue(),
                    User_.email.like("%@example.com"))).all();

            users = session.scalars(select(User.class).where(
                    and(User_.isActive.isTrue(),
                        or(User_.email.like("%@example.com"), User_.email.like("%@test.com"))))).all();

            users = session.scalars(select(User.class)
                    .where(User_.username.in(List.of("alice", "bob", "charlie")))).all();
            users = session.scalars(select(User.class)
                    .where(User_.username.notIn(List.of("admin", "root")))).all();
            users = session.scalars(select(User.class).where(User_.email.ilike("%@EXAMPLE.COM"))).all();

            LocalDateTime now = LocalDateTime.now();
            users = session.scalars(select(User.class)
                    .where(User_.createdAt.between(now.minusDays(30), now.plusDays(1)))).all();
            // end::filtering-combined[]
            assertThat(users).hasSize(3);
        }
    }

    @DatabaseTest
    void orderingLimitingAndPaging(TestDb db) {
        SessionFactory sessions = blog(db);
        try (Session session = sessions.open()) {
            // tag::ordering[]
            TypedSelect<User> stmt = select(User.class).orderBy(User_.createdAt);
            stmt = select(User.class).orderBy(desc(User_.createdAt));
            stmt = select(User.class).orderBy(User_.username, User_.email);
            stmt = select(User.class).limit(10);
            stmt = select(User.class).offset(20).limit(10);

            List<User> secondPage = session.scalars(paginate(select(User.class).orderBy(User_.id), 2, 2)).all();
            // end::ordering[]
            assertThat(secondPage).extracting(User::getUsername).containsExactly("john");
            assertThat(session.scalars(stmt).all()).isEmpty();
        }
    }

    // tag::paginate[]
    static <T> TypedSelect<T> paginate(TypedSelect<T> query, int page, int perPage) {
        return query.offset((page - 1) * perPage).limit(perPage);
    }
    // end::paginate[]

    @DatabaseTest
    void aggregation(TestDb db) {
        SessionFactory sessions = library(db);
        try (Session session = sessions.open()) {
            // tag::aggregation[]
            long total = session.<Long>scalar(select(func.count()).selectFrom(Author_.TABLE));
            long withPages = session.<Long>scalar(select(func.count(Book_.id)).where(Book_.pages.gt(0)));
            Integer sum = session.scalar(select(func.sum(Book_.pages)));
            Double avg = session.scalar(select(func.avg(Book_.pages)));
            Integer max = session.scalar(select(func.max(Book_.pages)));

            List<Row> perAuthor = session.execute(select(Author_.name, func.count(Book_.id))
                    .join(Author_.books)
                    .groupBy(Author_.id, Author_.name)
                    .orderBy(desc(func.count(Book_.id)))).all();

            List<Row> prolific = session.execute(select(Author_.name, func.count(Book_.id).label("book_count"))
                    .join(Author_.books)
                    .groupBy(Author_.id, Author_.name)
                    .having(func.count(Book_.id).gt(1L))).all();
            // end::aggregation[]
            assertThat(List.of(total, withPages)).containsExactly(3L, 3L);
            assertThat(((Number) sum).intValue()).isEqualTo(1070);
            assertThat(avg.intValue()).isEqualTo(356);
            assertThat(max).isEqualTo(450);
            assertThat(perAuthor).extracting(Row::toString).containsExactly("('Alice Smith', 2)", "('Bob Jones', 1)");
            assertThat(prolific).extracting(row -> row.get("book_count")).containsExactly(2L);
        }
    }

    @DatabaseTest
    void subqueriesAndCtes(TestDb db) {
        SessionFactory sessions = library(db);
        try (Session session = sessions.open()) {
            // tag::subqueries[]
            ScalarSelect<Double> avgPages = select(func.avg(Book_.pages))
                    .where(Book_.authorId.eq(Author_.id))             // correlated with the outer authors
                    .scalarSubquery();
            List<Row> averages = session.execute(select(Author_.name, avgPages.label("avg_pages"))).all();

            List<Author> authorsOfLongBooks = session.scalars(select(Author.class)
                    .where(Author_.id.in(select(Book_.authorId).where(Book_.pages.gt(400))))).all();

            List<Author> withBooks = session.scalars(select(Author.class)
                    .where(exists(select(Book_.id).where(Book_.authorId.eq(Author_.id))))).all();

            Cte stats = select(Author_.name, func.count(Book_.id).label("book_count"))
                    .join(Author_.books)
                    .groupBy(Author_.id, Author_.name)
                    .cte("author_stats");
            List<Row> busy = session.execute(select(stats).where(stats.c("book_count", Long.class).gt(1L))).all();
            // end::subqueries[]
            assertThat(averages).hasSize(3);
            assertThat(authorsOfLongBooks).extracting(Author::getName).containsExactly("Bob Jones");
            assertThat(withBooks).extracting(Author::getName).containsExactlyInAnyOrder("Alice Smith", "Bob Jones");
            assertThat(busy).extracting(Row::toString).containsExactly("('Alice Smith', 2)");
        }
    }

    @DatabaseTest
    void ormWithDepartmentsAndEmployees(TestDb db) {
        SessionFactory sessions = tables.create(db, Department.class, Employee.class);
        // tag::departments[]
        try (Session session = sessions.open()) {
            Department eng = new Department(1, "Engineering");
            session.addAll(List.of(
                    eng,
                    new Employee(1, "Alice", 1),
                    new Employee(2, "Bob", 1)));
            session.commit();
        }
        try (Session session = sessions.open()) {          // a fresh session loads the relationships
            TypedSelect<Employee> stmt = select(Employee.class).where(Employee_.name.startsWith("A"));
            for (Employee emp : session.scalars(stmt)) {
                System.out.println(emp.getName() + " → " + emp.getDepartment().getName());
            }
        }
        // end::departments[]
        assertThat(out.lines()).containsExactly("Alice → Engineering");
    }

    @DatabaseTest
    void quickReference(TestDb db) {
        SessionFactory sessions = blog(db);
        try (Session session = sessions.open()) {
            // tag::quick-reference[]
            session.execute(text("SELECT 1"));                                  // raw SQL
            session.add(new User("zoe", "zoe@example.com"));                    // insert
            session.commit();
            List<User> all = session.scalars(select(User.class)).all();    // query all
            TypedSelect<User> filtered = select(User.class).where(User_.username.eq("zoe"));   // filter
            session.execute(update(User.class).where(User_.username.eq("zoe")).values(User_.age, 20));
            session.execute(delete(User.class).where(User_.username.eq("zoe")));
            User byKey = session.get(User.class, 1);                            // by primary key
            // end::quick-reference[]
            session.commit();
            assertThat(all).hasSize(4);
            assertThat(session.scalars(filtered).all()).isEmpty();
            assertThat(byKey.getUsername()).isEqualTo("alice");
        }
    }

    @DatabaseTest
    void selectStyleWithOutput(TestDb db) {
        SessionFactory sessions = library(db);
        // tag::select-style[]
        try (Session session = sessions.open()) {
            for (Author a : session.scalars(select(Author.class).orderBy(Author_.id))) {
                System.out.println(a.getName());
            }

            List<Book> books = session.scalars(select(Book.class)
                    .where(Book_.title.like("%Python%"))
                    .orderBy(Book_.title)
                    .limit(5)).all();
            for (Book b : books) {
                System.out.println(b.getTitle() + " — " + b.getAuthor().getName());
            }

            Select counts = select(Author_.name, func.count(Book_.id).label("book_count"))
                    .outerJoin(Author_.books)
                    .groupBy(Author_.name)
                    .orderBy(func.count(Book_.id).desc());
            for (Row row : session.execute(counts)) {
                System.out.println(row.get(Author_.name) + ": " + row.get("book_count") + " books");
            }
        }
        // end::select-style[]
        assertThat(out.lines()).containsExactly("Alice Smith", "Bob Jones", "Carol White",
                "Python Tricks — Alice Smith",
                "Alice Smith: 2 books", "Bob Jones: 1 books", "Carol White: 0 books");
    }

    @DatabaseTest
    void aggregationReport(TestDb db) {
        SessionFactory sessions = library(db);
        // tag::aggregation-report[]
        Select stmt = select(
                Author_.name,
                func.count(Book_.id).label("book_count"),
                func.coalesce(func.sum(Book_.pages), 0).label("total_pages"))
                .outerJoin(Book_.TABLE, Book_.authorId.eq(Author_.id))
                .groupBy(Author_.id, Author_.name)
                .having(func.count(Book_.id).gt(0L))
                .orderBy(func.count(Book_.id).desc());

        try (Session session = sessions.open()) {
            for (Row row : session.execute(stmt)) {
                System.out.printf("%-20s %3d books %6d pages%n",
                        row.get(Author_.name), row.get("book_count", Long.class), row.get("total_pages", Integer.class));
            }
        }
        // end::aggregation-report[]
        assertThat(out.lines()).containsExactly("Alice Smith            2 books    620 pages",
                "Bob Jones              1 books    450 pages");
    }

    @DatabaseTest
    @Requires({Capability.CTE, Capability.WINDOW_FUNCTIONS})
    void scalarSubqueryCteAndWindow(TestDb db) {
        SessionFactory sessions = library(db);
        try (Session session = sessions.open()) {
            // tag::cte-window[]
            ScalarSelect<Double> avgPages = select(func.avg(Book_.pages)).scalarSubquery();
            List<Row> deltas = session.execute(select(Book_.title, Book_.pages.cast(DOUBLE).minus(avgPages).label("delta"))
                    .orderBy(Book_.title)).all();

            Cte recent = select(Book_.id, Book_.authorId, Book_.pages)
                    .where(Book_.publishedAt.ge(LocalDate.of(2024, 1, 1)))
                    .cte("recent");
            List<Row> pages2024 = session.execute(select(Author_.name, func.sum(recent.c("pages")).label("pages_2024"))
                    .join(recent, recent.c("author_id").eq(Author_.id))
                    .groupBy(Author_.id, Author_.name)
                    .orderBy(Author_.name)).all();

            List<Row> ranked = session.execute(select(
                    Book_.title,
                    Book_.pages,
                    func.rank().over(window().partitionBy(Book_.authorId).orderBy(Book_.pages.desc()))
                            .label("rank_in_author"))
                    .orderBy(Book_.title)).all();
            // end::cte-window[]
            assertThat(deltas).hasSize(3);
            assertThat(pages2024).extracting(row -> row.get(Author_.name) + "=" + ((Number) row.get("pages_2024")).intValue())
                    .containsExactly("Alice Smith=300", "Bob Jones=450");
            assertThat(ranked).extracting(row -> row.get(Book_.title) + "#" + row.get("rank_in_author"))
                    .containsExactly("Django Mastery#1", "Python Tricks#2", "SQLAlchemy in Action#1");
        }
    }

    @DatabaseTest
    void joinsThroughRelationships(TestDb db) {
        SessionFactory sessions = library(db);
        try (Session session = sessions.open()) {
            // tag::relationship-joins[]
            List<Row> titles = session.execute(select(Book_.title, Author_.name).join(Book_.author)).all();

            List<List<Object>> pairs = session.rows(select(Book.class, Author.class)
                    .join(Author_.TABLE, Book_.authorId.eq(Author_.id))).all();

            List<List<Object>> withBooks = session.rows(select(Author.class, Book.class)
                    .outerJoin(Book_.TABLE, Book_.authorId.eq(Author_.id))).all();

            List<Row> tagged = session.execute(select(Author_.name, Book_.title, Tag_.name)
                    .join(Book_.TABLE, Book_.authorId.eq(Author_.id))
                    .join(Book_.tags)).all();
            // end::relationship-joins[]
            assertThat(titles).hasSize(3);
            assertThat(pairs).hasSize(3);
            assertThat(withBooks).hasSize(4);
            assertThat(tagged).hasSize(2);
        }
    }

    @DatabaseTest
    void readingRecords(TestDb db) {
        SessionFactory sessions = blog(db);
        // tag::reading[]
        try (Session session = sessions.open()) {
            User user = session.get(User.class, 1);
            if (user != null) {
                System.out.println(user.getUsername());
            }

            User first = session.scalar(select(User.class).where(User_.username.eq("alice")));

            for (User u : session.scalars(select(User.class).where(User_.isActive.isTrue()))) {
                System.out.println(u.getUsername());
            }

            List<User> matching = session.scalars(select(User.class)
                    .where(User_.username.like("a%"), User_.isActive.isTrue())
                    .orderBy(User_.createdAt.desc())).all();

            User exactlyOne = session.scalars(select(User.class).where(User_.username.eq("alice"))).one();
            User oneOrNone = session.scalars(select(User.class).where(User_.username.eq("alice"))).oneOrNone();

            List<User> page = session.scalars(select(User.class).offset(10).limit(10)).all();

            long count = session.<Long>scalar(select(func.count()).selectFrom(User_.TABLE));
            System.out.println("Total users: " + count);
        }
        // end::reading[]
        assertThat(out.lines()).containsExactly("alice", "alice", "bob", "Total users: 3");
    }

    @DatabaseTest
    void basicQueryForms(TestDb db) {
        SessionFactory sessions = blog(db);
        try (Session session = sessions.open()) {
            // tag::query-forms[]
            for (Row row : session.execute(select(User_.username, User_.email).orderBy(User_.id))) {
                System.out.println(row.get(User_.username) + ": " + row.get(User_.email));
            }

            List<User> newestFirst = session.scalars(select(User.class).orderBy(User_.createdAt.desc())).all();
            List<String> emails = session.<String>scalars(select(User_.email).distinct()).all();
            User firstUser = session.scalars(select(User.class).orderBy(User_.id)).first();

            boolean userExists = session.scalar(select(exists(select(User_.id).where(User_.username.eq("alice")))));
            System.out.println("User exists: " + userExists);
            // end::query-forms[]
            assertThat(emails).hasSize(3);
            assertThat(firstUser.getUsername()).isEqualTo("alice");
            assertThat(out.lines()).containsExactly("alice: alice@example.com", "bob: bob@test.com",
                    "john: john@example.com", "User exists: true");
        }
    }

    @DatabaseTest
    void aggregationsOverOrders(TestDb db) {
        SessionFactory sessions = tables.create(db, Order.class, OrderItem.class, Product.class, Category.class);
        try (Session session = sessions.open()) {
            session.addAll(List.of(new Order("paid", new BigDecimal("10.00")), new Order("paid", new BigDecimal("30.00")),
                    new Order("open", new BigDecimal("20.00"))));
            session.commit();
            // tag::order-aggregates[]
            Row result = session.execute(select(
                    func.count(Order_.id).label("total_orders"),
                    func.sum(Order_.amount).label("total_amount"),
                    func.avg(Order_.amount).label("avg_amount"),
                    func.min(Order_.amount).label("min_amount"),
                    func.max(Order_.amount).label("max_amount"))).first();
            System.out.println("Orders: " + result.get("total_orders"));
            System.out.println("Total: $" + result.get("total_amount"));

            long distinctStatuses = session.<Long>scalar(select(func.count(distinct(Order_.status))));
            // end::order-aggregates[]
            assertThat(out.lines().get(0)).isEqualTo("Orders: 3");
            assertThat(out.lines().get(1)).startsWith("Total: $60.0");      // SQLite keeps no scale
            assertThat(distinctStatuses).isEqualTo(2L);
        }
    }

    @DatabaseTest(only = TestDatabase.POSTGRESQL)
    void groupByDay(TestDb db) {
        SessionFactory sessions = tables.create(db, Order.class, OrderItem.class, Product.class, Category.class);
        try (Session session = sessions.open()) {
            session.addAll(List.of(new Order("paid", BigDecimal.ONE), new Order("open", BigDecimal.TEN)));
            session.commit();
            // tag::group-by-day[]
            var day = func.dateTrunc("day", func.now()).cast(DATETIME_TZ).label("date");
            List<Row> rows = session.execute(select(Order_.status, day, func.count(Order_.id).label("count"))
                    .groupBy(Order_.status, func.dateTrunc("day", func.now()))
                    .orderBy(Order_.status)).all();
            // end::group-by-day[]
            assertThat(rows).extracting(row -> row.get(Order_.status)).containsExactly("open", "paid");
        }
    }

    @DatabaseTest
    void selectOnlyTheColumnsNeeded(TestDb db) {
        SessionFactory sessions = blog(db);
        try (Session session = sessions.open()) {
            // tag::only-needed[]
            List<Row> idsAndNames = session.execute(select(User_.id, User_.username)
                    .where(User_.isActive.isTrue())).all();        // two columns, no objects to track
            // end::only-needed[]
            assertThat(idsAndNames).hasSize(2);
        }
    }

    @DatabaseTest
    void scalarSubqueryPerCategory(TestDb db) {
        SessionFactory sessions = tables.create(db, Category.class, Product.class, Order.class, OrderItem.class);
        try (Session session = sessions.open()) {
            Category pens = new Category("Pens");
            session.add(pens);
            session.flush();
            Product a = new Product("A", new BigDecimal("2.00"));
            Product b = new Product("B", new BigDecimal("4.00"));
            a.setCategoryId(pens.getId());
            b.setCategoryId(pens.getId());
            session.addAll(List.of(a, b));
            session.commit();
            // tag::avg-per-category[]
            ScalarSelect<Double> avgPrice = select(func.avg(Product_.price))
                    .where(Product_.categoryId.eq(Category_.id))
                    .scalarSubquery();
            List<Row> rows = session.execute(select(Category_.name, avgPrice.label("avg_price"))).all();
            // end::avg-per-category[]
            assertThat(rows).singleElement().extracting(row -> ((Number) row.get("avg_price")).doubleValue())
                    .isEqualTo(3.0);
        }
    }
}
