package dev.athanor.autoconfigure.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.athanor.autoconfigure.fixture.Note;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the transaction manager guarantees, read back through JdbcTemplate; one subclass per database. */
abstract class AbstractTransactionTests {

    @Autowired
    NoteService service;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactionTemplate;

    @Autowired
    CurrentSession currentSession;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ActiveSessions activeSessions;

    @BeforeEach
    void emptyTable() {
        jdbc.update("DELETE FROM note");
    }

    private List<String> titles() {
        return jdbc.queryForList("SELECT title FROM note ORDER BY title", String.class);
    }

    @Test
    void theTransactionManagerIsAthanors() {
        assertThat(transactionManager).isInstanceOf(AthanorTransactionManager.class);
    }

    @Test
    void returningCommits() {
        service.add("committed");
        assertThat(titles()).containsExactly("committed");
        assertThat(activeSessions.count()).isZero();
    }

    @Test
    void runtimeExceptionRollsBack() {
        assertThatIllegalStateException().isThrownBy(() -> service.addThenFail("lost"));
        assertThat(titles()).isEmpty();
    }

    @Test
    void checkedExceptionCommits() {
        assertThatExceptionOfType(Exception.class).isThrownBy(() -> service.addThenThrowChecked("kept"));
        assertThat(titles()).containsExactly("kept");
    }

    @Test
    void nestedRollbackKeepsTheOuterWork() {
        service.addWithFailingNested("outer", "inner");
        assertThat(titles()).containsExactly("outer");
    }

    @Test
    void requiresNewSurvivesAnOuterRollback() {
        assertThatIllegalStateException().isThrownBy(() -> service.addWithIndependentThenFail("outer", "independent"));
        assertThat(titles()).containsExactly("independent");
        assertThat(activeSessions.count()).isZero();
    }

    @Test
    void writesInAReadOnlyTransactionAreNotFlushed() {
        jdbc.update("INSERT INTO note (title) VALUES ('original')");
        long id = jdbc.queryForObject("SELECT id FROM note", Long.class);
        service.renameReadOnly(id, "renamed");
        assertThat(titles()).containsExactly("original");
    }

    @Test
    void jdbcAndOrmWritesInOneTransactionCommitTogether() {
        service.addThroughOrmAndJdbc("both", false);
        assertThat(titles()).containsExactly("both (jdbc)", "both (orm)");
    }

    @Test
    void jdbcAndOrmWritesInOneTransactionRollBackTogether() {
        assertThatIllegalStateException().isThrownBy(() -> service.addThroughOrmAndJdbc("neither", true));
        assertThat(titles()).isEmpty();
    }

    @Test
    void transactionTemplateRunsOnTheSameSessionAndConnection() {
        transactionTemplate.executeWithoutResult(status -> {
            currentSession.get().add(new Note("template"));
            currentSession.get().flush();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM note", Long.class)).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(titles()).isEmpty();
    }

    @Test
    void theSessionSeesJdbcWritesOfItsTransaction() {
        long count = transactionTemplate.execute(status -> {
            jdbc.update("INSERT INTO note (title) VALUES ('jdbc')");
            return service.countSeenBySession();
        });
        assertThat(count).isEqualTo(1);
    }

    @Test
    void theCurrentSessionOutsideATransactionSaysHowToGetOne() {
        assertThatIllegalStateException().isThrownBy(() -> currentSession.get())
                .withMessageContaining("@Transactional").withMessageContaining("session-per-request");
    }
}
