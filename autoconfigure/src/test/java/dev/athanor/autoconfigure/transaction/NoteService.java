package dev.athanor.autoconfigure.transaction;

import dev.athanor.autoconfigure.fixture.Note;
import dev.athanor.orm.Session;
import dev.athanor.sql.Sql;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The transactional service the transaction tests call, writing through the ORM and through JDBC. */
public class NoteService {
    private final Session session;
    private final JdbcTemplate jdbc;

    @Autowired
    @Lazy
    private NoteService self;

    public NoteService(Session session, JdbcTemplate jdbc) {
        this.session = session;
        this.jdbc = jdbc;
    }

    @Transactional
    public void add(String title) {
        session.add(new Note(title));
    }

    @Transactional
    public void addThenFail(String title) {
        session.add(new Note(title));
        throw new IllegalStateException("fail after " + title);
    }

    @Transactional
    public void addThenThrowChecked(String title) throws Exception {
        session.add(new Note(title));
        throw new Exception("checked after " + title);
    }

    @Transactional
    public void addWithFailingNested(String outer, String inner) {
        session.add(new Note(outer));
        try {
            self.addNestedThenFail(inner);
        } catch (IllegalStateException expected) {
            // the savepoint is rolled back; the outer work goes on
        }
    }

    @Transactional(propagation = Propagation.NESTED)
    public void addNestedThenFail(String title) {
        session.add(new Note(title));
        jdbc.update("INSERT INTO note (title) VALUES (?)", title + " (jdbc)");
        throw new IllegalStateException("nested failure");
    }

    @Transactional
    public void addWithIndependentThenFail(String outer, String independent) {
        session.add(new Note(outer));
        self.addIndependently(independent);
        throw new IllegalStateException("outer failure");
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void addIndependently(String title) {
        session.add(new Note(title));
    }

    @Transactional(readOnly = true)
    public void renameReadOnly(long id, String title) {
        Note note = session.get(Note.class, id);
        note.setTitle(title);
        session.add(new Note(title + " (new)"));
    }

    @Transactional(readOnly = true)
    public String renameThenQueryReadOnly(long id, String title) {
        session.get(Note.class, id).setTitle(title);
        return (String) session.execute(Sql.text("SELECT title FROM note WHERE id = :id"), Map.of("id", id)).scalar();
    }

    @Transactional
    public void addThroughOrmAndJdbc(String title, boolean fail) {
        session.add(new Note(title + " (orm)"));
        jdbc.update("INSERT INTO note (title) VALUES (?)", title + " (jdbc)");
        if (fail) {
            throw new IllegalStateException("fail after both writes");
        }
    }

    @Transactional
    public long countSeenBySession() {
        Object count = session.execute(Sql.text("SELECT COUNT(*) FROM note"), Map.of()).scalar();
        return ((Number) count).longValue();
    }
}
