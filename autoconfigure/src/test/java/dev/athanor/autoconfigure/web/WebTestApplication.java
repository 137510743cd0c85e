package dev.athanor.autoconfigure.web;

import dev.athanor.autoconfigure.diagnostics.Shelf;
import dev.athanor.autoconfigure.diagnostics.ShelvedBook;
import dev.athanor.autoconfigure.fixture.Note;
import dev.athanor.autoconfigure.transaction.SessionHolder;
import dev.athanor.orm.Session;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A web application whose controller calls a transactional service, for the request-session tests. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class WebTestApplication {

    @Bean
    NoteWriter noteWriter(Session session) {
        return new NoteWriter(session);
    }

    @Bean
    ShelfKeeper shelfKeeper(Session session) {
        return new ShelfKeeper(session);
    }

    /** The real session bound to this thread, behind the shared proxy. */
    static Session boundSession(Session shared) {
        return ((SessionHolder) TransactionSynchronizationManager.getResource(shared.factory())).session();
    }

    /** Writes a note in a transaction and says which session it wrote in. */
    public static class NoteWriter {
        private final Session session;

        NoteWriter(Session session) {
            this.session = session;
        }

        @Transactional
        public Written add(String title) {
            Note note = new Note(title);
            session.add(note);
            session.flush();
            return new Written(note, boundSession(session));
        }
    }

    /** Stocks a shelf with books in one transaction; loads it (books not loaded) in another. */
    public static class ShelfKeeper {
        private final Session session;

        ShelfKeeper(Session session) {
            this.session = session;
        }

        @Transactional
        public long stock(String name, int books) {
            Shelf shelf = new Shelf(name);
            for (int i = 0; i < books; i++) {
                shelf.getBooks().add(new ShelvedBook(name + " " + i));
            }
            session.add(shelf);
            session.flush();
            return shelf.getId();
        }

        @Transactional(readOnly = true)
        public Shelf find(long id) {
            return session.get(Shelf.class, id);
        }
    }

    /** A note and the session that wrote it. */
    public record Written(Note note, Session session) {
    }

    /** Reports, per request (registered as a member component of this configuration), the session the controller and the service used and the row written. */
    @RestController
    public static class NoteController {
        private final Session session;
        private final NoteWriter writer;
        private final Map<Session, String> owners = Collections.synchronizedMap(new IdentityHashMap<>());

        private final ShelfKeeper shelves;

        NoteController(Session session, NoteWriter writer, ShelfKeeper shelves) {
            this.session = session;
            this.writer = writer;
            this.shelves = shelves;
        }

        @PostMapping("/shelves/{name}")
        public long stockShelf(@PathVariable String name) {
            return shelves.stock(name, 3);
        }

        /** Reads the shelf's books lazily here, after the service's transaction has ended. */
        @GetMapping("/shelves/{id}/books")
        public Map<String, Object> shelfBooks(@PathVariable long id) {
            Shelf shelf = shelves.find(id);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("books", shelf.getBooks().size());
            body.put("lazyLoads", session.stats().lazyLoads("Shelf.books"));
            return body;
        }

        @PostMapping("/notes/{title}")
        public Map<String, Object> add(@PathVariable String title) {
            Written written = writer.add(title);
            Session mine = boundSession(session);
            String owner = owners.putIfAbsent(mine, title);
            Note reread = session.get(Note.class, written.note().getId());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", written.note().getId());
            body.put("title", reread.getTitle());
            body.put("sessionSeenBefore", owner != null);
            body.put("serviceJoinedRequestSession", written.session() == mine);
            body.put("attachedAfterTransaction", session.contains(written.note()));
            body.put("sameInstanceAfterTransaction", reread == written.note());
            body.put("sessionOpen", !mine.isClosed());
            return body;
        }

        @GetMapping("/sessions")
        public int sessionsSeen() {
            return owners.size();
        }

        @GetMapping("/async/{id}")
        public Callable<String> titleLater(@PathVariable long id) {
            return () -> session.get(Note.class, id).getTitle();
        }

        @GetMapping("/fail")
        public String fail() {
            session.get(Note.class, 1L);
            throw new IllegalStateException("controller failure after a query");
        }
    }
}
