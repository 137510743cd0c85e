package dev.athanor.examples.relationships;

import static dev.athanor.orm.Load.containsEager;
import static dev.athanor.orm.Load.joinedLoad;
import static dev.athanor.orm.Load.raiseLoad;
import static dev.athanor.orm.Load.selectinLoad;
import static dev.athanor.orm.Load.subqueryLoad;
import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.examples.Printed;
import dev.athanor.examples.models.Author;
import dev.athanor.examples.models.Author_;
import dev.athanor.examples.models.Blog;
import dev.athanor.examples.models.Book;
import dev.athanor.examples.models.Book_;
import dev.athanor.examples.models.Category;
import dev.athanor.examples.models.Comment;
import dev.athanor.examples.models.Group;
import dev.athanor.examples.models.Library;
import dev.athanor.examples.models.Order;
import dev.athanor.examples.models.OrderItem;
import dev.athanor.examples.models.Post;
import dev.athanor.examples.models.Post_;
import dev.athanor.examples.models.Product;
import dev.athanor.examples.models.Tag;
import dev.athanor.examples.models.User;
import dev.athanor.examples.models.UserProfile;
import dev.athanor.examples.models.User_;
import dev.athanor.exc.LazyLoadError;
import dev.athanor.orm.Registry;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.MappedTables;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDb;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reference documents' relationship and loading-strategy examples. */
class RelationshipExamplesTest {
    @RegisterExtension
    final Printed out = new Printed();
    @RegisterExtension
    final MappedTables tables = new MappedTables();

    private SessionFactory library(TestDb db) {
        SessionFactory sessions = tables.create(db, Library.registry());
        try (Session session = sessions.open()) {
            Library.fill(session);
        }
        return sessions;
    }

    private static List<String> titles(Author author) {
        return author.getBooks().stream().map(Book::getTitle).toList();
    }

    @DatabaseTest
    void oneToManyBothWays(TestDb db) {
        SessionFactory sessions = tables.create(db, Library.registry());
        try (Session session = sessions.open()) {
            // tag::one-to-many[]
            Author author = new Author("Ursula");
            Book book = new Book("The Dispossessed");
            author.getBooks().add(book);
            session.add(author);                           // book joins too, and book.getAuthor() is author
            session.commit();
            System.out.println(author.getBooks().get(0).getTitle() + " by " + book.getAuthor().getName());

            session.delete(author);                        // cascade "all, delete-orphan": the books go too
            session.commit();
            // end::one-to-many[]
            assertThat(out.lines()).containsExactly("The Dispossessed by Ursula");
            assertThat(session.scalars(select(Book.class)).all()).isEmpty();
        }
    }

    @DatabaseTest
    void oneToManyUsage(TestDb db) {
        SessionFactory sessions = tables.create(db, Blog.registry());
        // tag::one-to-many-usage[]
        try (Session session = sessions.open()) {
            User user = new User("alice", "alice@example.com");
            user.getPosts().add(new Post("First Post", "Content"));
            user.getPosts().add(new Post("Second Post", "More content"));
            session.add(user);
            session.commit();

            System.out.println("User " + user.getUsername() + " has " + user.getPosts().size() + " posts");
            for (Post post : user.getPosts()) {
                System.out.println("  - " + post.getTitle());
            }
        }
        // end::one-to-many-usage[]
        assertThat(out.lines()).containsExactly("User alice has 2 posts", "  - First Post", "  - Second Post");
    }

    @DatabaseTest
    void manyToManyThroughACoreTable(TestDb db) {
        SessionFactory sessions = tables.create(db, Library.registry());
        // tag::many-to-many[]
        try (Session session = sessions.open()) {
            Book book = new Book("FastAPI tour");
            book.getTags().addAll(List.of(new Tag("python"), new Tag("web")));
            session.add(book);
            session.commit();
            session.refresh(book, "tags");
            System.out.println(book.getTitle() + " " + book.getTags().stream().map(Tag::getName).toList());
        }
        // end::many-to-many[]
        assertThat(out.lines()).containsExactly("FastAPI tour [python, web]");
    }

    @DatabaseTest
    void manyToManyUsersAndGroups(TestDb db) {
        SessionFactory sessions = tables.create(db, Blog.registry());
        // tag::users-groups[]
        try (Session session = sessions.open()) {
            User alice = new User("alice", "alice@example.com");
            User bob = new User("bob", "bob@example.com");
            Group admins = new Group("Admins");
            Group users = new Group("Users");

            alice.getGroups().addAll(List.of(admins, users));
            bob.getGroups().add(users);                    // users.getMembers() now holds bob too

            session.addAll(List.of(alice, bob));
            session.commit();
        }
        // end::users-groups[]
        try (Session session = sessions.open()) {
            User alice = session.scalar(select(User.class).where(User_.username.eq("alice")));
            assertThat(alice.getGroups()).extracting(Group::getName).containsExactlyInAnyOrder("Admins", "Users");
            Group users = alice.getGroups().stream().filter(g -> g.getName().equals("Users")).findFirst().get();
            assertThat(users.getMembers()).extracting(User::getUsername).containsExactlyInAnyOrder("alice", "bob");
        }
    }

    @DatabaseTest
    void associationObjectWithExtraColumns(TestDb db) {
        SessionFactory sessions = tables.create(db, Article.class, Label.class, ArticleLabel.class);
        // tag::association-object[]
        try (Session session = sessions.open()) {
            Label python = new Label("python");
            Article article = new Article("async/await");
            article.getLabelLinks().add(new ArticleLabel(python, "alice"));
            session.add(article);
            session.commit();

            for (ArticleLabel link : article.getLabelLinks()) {
                System.out.println(link.getArticle().getTitle() + " ← " + link.getLabel().getName()
                        + " (by " + link.getAddedBy() + ")");
            }
        }
        // end::association-object[]
        assertThat(out.lines()).containsExactly("async/await ← python (by alice)");
    }

    @DatabaseTest
    void orderItemsLinkOrdersAndProducts(TestDb db) {
        SessionFactory sessions = tables.create(db, Order.class, OrderItem.class, Product.class, Category.class);
        try (Session session = sessions.open()) {
            // tag::order-items[]
            Product pen = new Product("Pen", new BigDecimal("1.50"));
            Order order = new Order("open", null);
            order.getItems().add(new OrderItem(pen, 3, pen.getPrice()));
            session.add(order);
            session.commit();

            OrderItem item = order.getItems().get(0);
            System.out.println(item.getQuantity() + " x " + item.getProduct().getName() + " at " + item.getUnitPrice());
            // end::order-items[]
            assertThat(out.lines()).containsExactly("3 x Pen at 1.50");
            assertThat(pen.getOrderItems()).containsExactly(item);
        }
    }

    @DatabaseTest
    void oneToOne(TestDb db) {
        SessionFactory sessions = tables.create(db, Blog.registry());
        // tag::one-to-one[]
        try (Session session = sessions.open()) {
            User user = new User("alice", null);
            user.setProfile(new UserProfile("Software developer", "https://example.com/avatar.jpg"));
            session.add(user);                             // the profile joins too
            session.commit();

            System.out.println("User: " + user.getUsername());
            if (user.getProfile() != null) {
                System.out.println("Bio: " + user.getProfile().getBio());
            }
        }
        // end::one-to-one[]
        assertThat(out.lines()).containsExactly("User: alice", "Bio: Software developer");
    }

    @DatabaseTest
    void selfReferentialTree(TestDb db) {
        SessionFactory sessions = tables.create(db, Category.class);
        try (Session session = sessions.open()) {
            // tag::self-referential[]
            Category books = new Category("Books");
            Category fiction = new Category("Fiction");
            books.getChildren().add(fiction);              // fiction.getParent() is books
            session.add(books);
            session.commit();
            System.out.println(fiction.getParent().getName() + " > " + fiction.getName());
            // end::self-referential[]
            assertThat(out.lines()).containsExactly("Books > Fiction");
            session.delete(books);
            session.commit();
            assertThat(session.scalars(select(Category.class)).all()).isEmpty();
        }
    }

    @DatabaseTest
    void relationshipOptions(TestDb db) {
        SessionFactory sessions = tables.create(db, Topic.class, Reply.class);
        try (Session session = sessions.open()) {
            Topic topic = new Topic("Loading");
            LocalDateTime noon = LocalDateTime.of(2024, 1, 1, 12, 0);
            topic.getReplies().addAll(List.of(new Reply("first", noon), new Reply("second", noon.plusHours(1))));
            session.add(topic);
            session.commit();
        }
        try (Session session = sessions.open()) {
            Topic topic = session.scalar(select(Topic.class));
            assertThat(topic.getReplies()).extracting(Reply::getText).containsExactly("second", "first");
            session.delete(topic);
            session.commit();
            assertThat(session.scalars(select(Reply.class)).all()).isEmpty();
        }
    }

    @DatabaseTest
    void loadingStrategiesWithOutput(TestDb db) {
        SessionFactory sessions = library(db);
        try (Session session = sessions.open(); SqlRecorder sql = db.record()) {
            // tag::loading-strategies[]
            List<Author> joined = session.scalars(select(Author.class)
                    .options(joinedLoad(Author_.books))).unique().all();          // one query with a JOIN

            List<Author> authors = session.scalars(select(Author.class)
                    .options(selectinLoad(Author_.books))).all();                 // a second query with IN
            for (Author author : authors) {
                System.out.println(author.getName() + ": " + author.getBooks().stream().map(Book::getTitle).toList());
            }
            // end::loading-strategies[]
            assertThat(out.lines()).containsExactly("Alice Smith: [Django Mastery, Python Tricks]",
                    "Bob Jones: [SQLAlchemy in Action]", "Carol White: []");
            assertThat(sql.sql().get(0)).contains("LEFT OUTER JOIN books");
            assertThat(sql.sql()).hasSize(2);                  // the collections were loaded by the join
            assertThat(joined).hasSize(3);
        }
    }

    @DatabaseTest
    void eagerVersusLazy(TestDb db) {
        SessionFactory sessions = library(db);
        try (Session session = sessions.open(); SqlRecorder sql = db.record()) {
            // tag::eager-vs-lazy[]
            List<Author> authors = session.scalars(select(Author.class)
                    .options(selectinLoad(Author_.books))).all();                 // collections: two queries

            List<Book> books = session.scalars(select(Book.class)
                    .options(joinedLoad(Book_.author))).all();                    // many-to-one: one JOIN

            List<Author> withTags = session.scalars(select(Author.class)
                    .options(selectinLoad(Author_.books).selectinLoad(Book_.tags))).all();   // a chain

            List<Author> strict = session.scalars(select(Author.class)
                    .options(raiseLoad(Author_.books))).all();
            // strict.get(0).getBooks() throws LazyLoadError
            // end::eager-vs-lazy[]
            assertThat(sql.sqlWithInLists().get(1)).contains("WHERE books.author_id IN (");
            assertThat(sql.sql().get(2)).contains("LEFT OUTER JOIN authors");
            assertThat(withTags.get(0).getBooks().get(0).getTags()).extracting(Tag::getName).containsExactly("python");
            assertThat(books).hasSize(3);
            assertThat(authors).hasSize(3);
            session.expungeAll();
            List<Author> reloaded = session.scalars(select(Author.class).options(raiseLoad(Author_.books))).all();
            assertThatThrownBy(() -> reloaded.get(0).getBooks()).isInstanceOf(LazyLoadError.class);
        }
    }

    @DatabaseTest
    void nPlusOneAndItsCure(TestDb db) {
        SessionFactory sessions = library(db);
        try (Session session = sessions.open(); SqlRecorder sql = db.record()) {
            // tag::n-plus-one[]
            List<Author> authors = session.scalars(select(Author.class)).all();
            for (Author author : authors) {
                System.out.println(author.getBooks().size());   // one SELECT per author: N+1
            }
            session.expungeAll();

            authors = session.scalars(select(Author.class)
                    .options(selectinLoad(Author_.books))).all();   // two SELECTs, however many authors
            // end::n-plus-one[]
            assertThat(sql.sql()).hasSize(1 + 3 + 2);
            assertThat(out.lines()).containsExactly("2", "1", "0");
        }
    }

    @DatabaseTest
    void eagerLoadingStrategies(TestDb db) {
        SessionFactory sessions = tables.create(db, Blog.registry());
        try (Session session = sessions.open()) {
            User alice = new User("alice", "alice@example.com");
            Post post = new Post("Python tips", "…");
            post.setPublished(true);
            post.getComments().add(new Comment("Nice"));
            alice.getPosts().addAll(List.of(post, new Post("Draft", "…")));
            session.add(alice);
            session.add(new User("bob", "bob@example.com"));
            session.commit();
        }
        try (Session session = sessions.open(); SqlRecorder sql = db.record()) {
            // tag::eager-loading[]
            List<User> users = session.scalars(select(User.class)
                    .options(joinedLoad(User_.posts))).unique().all();            // unique(): one per user
            users = session.scalars(select(User.class).options(selectinLoad(User_.posts))).all();
            users = session.scalars(select(User.class).options(subqueryLoad(User_.posts))).all();

            users = session.scalars(select(User.class)
                    .options(selectinLoad(User_.posts).selectinLoad(Post_.comments))).all();
            for (User user : users) {
                for (Post post : user.getPosts()) {
                    System.out.println(post.getTitle() + ": " + post.getComments().size() + " comments");
                }
            }

            users = session.scalars(select(User.class)
                    .options(selectinLoad(User_.posts), selectinLoad(User_.groups))).all();

            List<User> published = session.scalars(select(User.class)
                    .join(User_.posts)
                    .options(containsEager(User_.posts))                          // filled from this JOIN
                    .where(Post_.published.isTrue())).unique().all();
            // end::eager-loading[]
            assertThat(out.lines()).containsExactlyInAnyOrder("Python tips: 1 comments", "Draft: 0 comments");
            assertThat(users).hasSize(2);
            assertThat(sql.sql().get(0)).contains("LEFT OUTER JOIN posts");
        }
        try (Session session = sessions.open()) {
            List<User> published = session.scalars(select(User.class).join(User_.posts)
                    .options(containsEager(User_.posts)).where(Post_.published.isTrue())).unique().all();
            assertThat(published).singleElement().extracting(u -> u.getPosts().size()).isEqualTo(1);
        }
    }
}
