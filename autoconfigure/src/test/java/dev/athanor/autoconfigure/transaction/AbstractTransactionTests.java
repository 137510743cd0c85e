package dev.athanor.autoconfigure.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.athanor.autoconfigure.fixture.Note;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.orm.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the transaction manager guarantees, read back through JdbcTemplate; one subclass per database. */
abstract class AbstractTransactionTests extends NoteTableTests {

    @Autowired
    TransactionTemplate transactionTemplate;

    @Autowired
    Session session;

    @Autowired
    PlatformTransactionManager transactionManager;

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
    void aQueryInAReadOnlyTransactionDoesNotAutoflush() {
        jdbc.update("INSERT INTO note (title) VALUES ('original')");
        long id = jdbc.queryForObject("SELECT id FROM note", Long.class);
        assertThat(service.renameThenQueryReadOnly(id, "renamed")).isEqualTo("original");
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
            session.add(new Note("template"));
            session.flush();
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
    void theSharedSessionOutsideATransactionSaysHowToGetOne() {
        assertThatExceptionOfType(InvalidRequestError.class).isThrownBy(() -> session.add(new Note("nowhere")))
                .withMessageContaining("@Transactional").withMessageContaining("athanor.web.session-per-request")
                .withMessageContaining("SessionFactory.open()");
    }

    @Test
    void theSharedSessionResolvesToTheSessionOfEachTransaction() {
        Session first = transactionTemplate.execute(status -> boundSession());
        Session second = transactionTemplate.execute(status -> boundSession());
        assertThat(first).isNotSameAs(second).isNotSameAs(session);
        assertThat(first.isClosed()).isTrue();
    }

    @Test
    void theSharedSessionDelegatesToTheBoundSession() {
        transactionTemplate.executeWithoutResult(status -> {
            Note note = new Note("tracked");
            session.add(note);
            assertThat(boundSession().contains(note)).isTrue();
        });
    }

    @Test
    void closingTheSharedSessionLeavesTheTransactionsSessionOpen() {
        transactionTemplate.executeWithoutResult(status -> {
            session.close();
            assertThat(session.isClosed()).isFalse();
            session.add(new Note("after close"));
        });
        assertThat(titles()).containsExactly("after close");
    }

    private Session boundSession() {
        return ((SessionHolder) TransactionSynchronizationManager.getResource(session.factory())).session();
    }
}
