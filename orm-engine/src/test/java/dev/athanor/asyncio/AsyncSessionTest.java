package dev.athanor.asyncio;

import static dev.athanor.orm.Load.selectinLoad;
import static dev.athanor.sql.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.asyncio.model.Author;
import dev.athanor.asyncio.model.Author_;
import dev.athanor.asyncio.model.Book;
import dev.athanor.asyncio.model.Item;
import dev.athanor.asyncio.model.Item_;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.exc.LazyLoadError;
import dev.athanor.orm.EntityResult;
import dev.athanor.testing.DatabaseTest;
import dev.athanor.testing.SqlRecorder;
import dev.athanor.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

/** {@link AsyncSession}: the seed's async examples, lazy loads that raise, and one operation at a time. */
class AsyncSessionTest {

    @DatabaseTest
    void seedExampleCreatesTheTableWithRunSyncAndPrintsItemsOrderedByName(TestDb db) {
        try (AsyncFixture f = new AsyncFixture(db)) {
            List<String> printed = new ArrayList<>();
            f.engine.transaction(conn -> conn.runSyncWithoutResult(f.registry.metadata()::createAll)).thenCompose(ignored -> f.sessions.withSession(session -> {
                session.addAll(List.of(new Item("beta"), new Item("alpha")));
                return session.commit()
                        .thenCompose(committed -> session.scalars(select(Item.class).orderBy(Item_.name)))
                        .thenAccept(result -> result.forEach(item -> printed.add(item.getId() + " " + item.getName())));
            })).join();

            assertThat(printed).containsExactly("2 alpha", "1 beta");
            assertThat(f.count("aio_item")).isEqualTo(2);
            assertThat(f.engine.slotsInUse()).isZero();
        }
    }

    @DatabaseTest
    void seedExampleInInsertionOrderPrintsOneAlphaTwoBeta(TestDb db) {
        try (AsyncFixture f = new AsyncFixture(db).withTables()) {
            List<String> printed = f.sessions.withSession(session -> {
                session.addAll(List.of(new Item("alpha"), new Item("beta")));
                return session.commit().thenCompose(ignored -> session.<Item>scalars(select(Item.class)
                        .orderBy(Item_.name))).thenApply(result -> result.stream()
                        .map(item -> item.getId() + " " + item.getName()).toList());
            }).join();

            assertThat(printed).containsExactly("1 alpha", "2 beta");
        }
    }

    @DatabaseTest
    void eagerLoadingExamplePrintsEachAuthorWithTheTitlesOfTheirBooks(TestDb db) {
        try (AsyncFixture f = new AsyncFixture(db).withAuthors(); SqlRecorder sql = SqlRecorder.on(f.syncEngine)) {
            List<String> printed = f.sessions.withSession(session -> session.<Author>scalars(select(Author.class)
                    .options(selectinLoad(Author_.books)).orderBy(Author_.name))
                    .thenApply(result -> result.stream().map(author -> author.getName() + " "
                            + author.getBooks().stream().map(Book::getTitle).toList()).toList())).join();

            assertThat(printed).containsExactly("Alice [A1, A2]", "Bob [B1]");
            assertThat(sql.sql()).hasSize(2);
        }
    }

    @DatabaseTest
    void touchingAnUnloadedRelationshipRaisesAtOnceNamingClassAttributeAndFixes(TestDb db) {
        try (AsyncFixture f = new AsyncFixture(db).withAuthors()) {
            AsyncSession session = f.sessions.open();
            List<Author> authors = session.<Author>scalars(select(Author.class).orderBy(Author_.name)).join().all();
            try (SqlRecorder sql = SqlRecorder.on(f.syncEngine)) {
                assertThatThrownBy(() -> authors.get(0).getBooks())
                        .isInstanceOf(LazyLoadError.class)
                        .hasMessageContaining("Lazy load of Author.books refused")
                        .hasMessageContaining("selectinLoad(Author_.books)")
                        .hasMessageContaining("session.refresh(author, \"books\")")
                        .hasMessageContaining("session.load(author, Author::getBooks)");
                assertThat(sql.sql()).isEmpty();
            }
            session.close().join();
        }
    }

    @DatabaseTest
    void refreshWithARelationshipNameLoadsItSoTheGetterNeedsNoIo(TestDb db) {
        try (AsyncFixture f = new AsyncFixture(db).withAuthors()) {
            List<String> titles = f.sessions.withSession(session -> session.<Author>scalar(select(Author.class)
                    .where(Author_.name.eq("Alice")))
                    .thenCompose(alice -> session.refresh(alice, "books").thenApply(ignored -> alice))
                    .thenApply(alice -> alice.getBooks().stream().map(Book::getTitle).toList())).join();

            assertThat(titles).containsExactly("A1", "A2");
        }
    }

    @DatabaseTest
    void awaitableLoadLoadsOnceAndThenAnswersWithoutSql(TestDb db) {
        try (AsyncFixture f = new AsyncFixture(db).withAuthors()) {
            AsyncSession session = f.sessions.open();
            Author bob = session.<Author>scalar(select(Author.class).where(Author_.name.eq("Bob"))).join();
            try (SqlRecorder sql = SqlRecorder.on(f.syncEngine)) {
                List<Book> books = session.load(bob, Author::getBooks).join();
                assertThat(books).extracting(Book::getTitle).containsExactly("B1");
                assertThat(sql.sql()).hasSize(1);
                assertThat(session.load(bob, Author::getBooks).join()).isSameAs(books);
                assertThat(sql.sql()).hasSize(1);
                assertThat(bob.getBooks()).extracting(Book::getTitle).containsExactly("B1");
            }
            session.close().join();
        }
    }

    @DatabaseTest
    void runSyncMayLazyLoadBecauseItRunsOnTheExecutor(TestDb db) {
        try (AsyncFixture f = new AsyncFixture(db).withAuthors()) {
            long books = f.sessions.withSession(session -> session.runSync(s -> s.<Author>scalars(select(Author.class))
                    .all().stream().mapToLong(a -> a.getBooks().size()).sum())).join();

            assertThat(books).isEqualTo(3);
        }
    }

    @DatabaseTest
    void runSyncWithoutResultTakesAVoidBodyAndTypedSelectsNeedNoWitness(TestDb db) {
        try (AsyncFixture f = new AsyncFixture(db).withTables()) {
            AsyncSession session = f.sessions.open();
            session.runSyncWithoutResult(s -> s.add(new Item("gamma"))).join();
            session.commit().join();
            Item gamma = session.scalar(select(Item.class).where(Item_.name.eq("gamma"))).join();
            List<String> names = new ArrayList<>();
            for (Item item : session.scalars(select(Item.class).orderBy(Item_.name)).join()) {
                names.add(item.getName());
            }
            session.close().join();

            assertThat(gamma.getName()).isEqualTo("gamma");
            assertThat(names).containsExactly("gamma");
            assertThat(f.count("aio_item")).isEqualTo(1);
        }
    }

    @DatabaseTest
    void rowsGiveEntitiesThroughTheIdentityMapBesideColumnValues(TestDb db) {
        try (AsyncFixture f = new AsyncFixture(db).withAuthors()) {
            AsyncSession session = f.sessions.open();
            List<List<Object>> rows = session.rows(select(Author_.TABLE, Author_.name).orderBy(Author_.name)).join().all();
            Author alice = session.get(Author.class, ((Author) rows.get(0).get(0)).getId()).join();
            session.close().join();

            assertThat(rows).extracting(row -> row.get(1)).containsExactly("Alice", "Bob");
            assertThat(rows.get(0).get(0)).isSameAs(alice);
        }
    }

    @DatabaseTest
    void anAttributeExpiredByCommitRaisesInsteadOfReloading(TestDb db) {
        try (AsyncFixture f = new AsyncFixture(db).withAuthors()) {
            AsyncSession session = AsyncSessionFactory.builder(f.engine, f.registry).build().open();
            Author alice = session.<Author>scalar(select(Author.class).where(Author_.name.eq("Alice")))
                    .thenCompose(found -> session.commit().thenApply(ignored -> found)).join();

            assertThatThrownBy(alice::getName).isInstanceOf(LazyLoadError.class)
                    .hasMessageContaining("Reload of expired Author.name refused")
                    .hasMessageContaining("expireOnCommit(false)")
                    .hasMessageContaining("session.refresh(author)");
            session.refresh(alice).join();
            assertThat(alice.getName()).isEqualTo("Alice");
            session.close().join();
        }
    }

    @DatabaseTest
    void aSecondOperationWhileOneIsInFlightIsRefusedAndTheFirstCompletes(TestDb db) throws Exception {
        try (AsyncFixture f = new AsyncFixture(db).withTables()) {
            AsyncSession session = f.sessions.open();
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Integer> first = session.runSync(s -> {
                s.add(new Item("first"));
                s.flush();
                entered.countDown();
                await(release);
                return 1;
            });
            entered.await();

            CompletableFuture<Item> second = session.get(Item.class, 1);
            assertThatThrownBy(second::join).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("busy with runSync()")
                    .hasMessageContaining("get() was refused")
                    .hasMessageContaining("one operation at a time");
            assertThatThrownBy(() -> session.add(new Item("second"))).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("add() was refused");
            release.countDown();
            assertThat(first.join()).isEqualTo(1);
            session.commit().join();
            session.close().join();

            assertThat(f.count("aio_item")).isEqualTo(1);
        }
    }

    @DatabaseTest
    void aFailingTransactionRollsBackAndTheSessionGoesOn(TestDb db) {
        try (AsyncFixture f = new AsyncFixture(db).withTables()) {
            AsyncSession session = f.sessions.open();
            CompletableFuture<Object> failed = session.transaction(s -> {
                s.add(new Item("lost"));
                return s.flush().thenApply(ignored -> {
                    throw new IllegalStateException("boom");
                });
            });
            assertThatThrownBy(failed::join).hasCauseInstanceOf(IllegalStateException.class);
            session.transaction(s -> {
                s.add(new Item("kept"));
                return CompletableFuture.completedFuture(null);
            }).join();
            EntityResult<Item> items = session.<Item>scalars(select(Item.class)).join();
            session.close().join();

            assertThat(items.all()).extracting(Item::getName).containsExactly("kept");
            assertThat(f.count("aio_item")).isEqualTo(1);
            assertThat(f.engine.slotsInUse()).isZero();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
