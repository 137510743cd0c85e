package dev.athanor.autoconfigure.transaction;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Transaction tests on the {@code note} table: emptied before each test, read back through JdbcTemplate. */
abstract class NoteTableTests {

    @Autowired
    NoteService service;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ActiveSessions activeSessions;

    @BeforeEach
    void emptyTable() {
        jdbc.update("DELETE FROM note");
    }

    /** The titles in the table, sorted. */
    List<String> titles() {
        return jdbc.queryForList("SELECT title FROM note ORDER BY title", String.class);
    }
}
