package dev.athanor.testing;

import static dev.athanor.sql.Sql.text;

import dev.athanor.engine.Connection;
import java.util.Map;

/**
 * Ends a connection's server session for real, one way per database and fault: an administrator's
 * kill from another connection, or a server-side timeout the connection itself sets. Each waits
 * until the server no longer lists the session, so the next use of the connection meets a dead one.
 */
public interface BackendKiller {

    /** PostgreSQL {@code pg_terminate_backend} from another connection. */
    BackendKiller POSTGRES_TERMINATE = new Listed("SELECT pg_backend_pid()",
            "SELECT COUNT(*) FROM pg_stat_activity WHERE pid = :id", null) {
        @Override
        void end(Connection admin, long id) {
            admin.execute(text("SELECT pg_terminate_backend(:id)"), Map.of("id", (int) id));
        }
    };

    /** PostgreSQL's {@code idle_in_transaction_session_timeout} ends the session that sits in a transaction. */
    BackendKiller POSTGRES_IDLE_IN_TRANSACTION_TIMEOUT = new Listed("SELECT pg_backend_pid()",
            "SELECT COUNT(*) FROM pg_stat_activity WHERE pid = :id", "SET idle_in_transaction_session_timeout = 50");

    /** MariaDB {@code KILL} from another connection. */
    BackendKiller MARIADB_KILL = new Listed("SELECT CONNECTION_ID()",
            "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = :id", null) {
        @Override
        void end(Connection admin, long id) {
            admin.executeRaw("KILL " + id);
        }
    };

    /** MariaDB's {@code wait_timeout} ends the idle session. */
    BackendKiller MARIADB_WAIT_TIMEOUT = new Listed("SELECT CONNECTION_ID()",
            "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = :id", "SET SESSION wait_timeout = 1");

    /** Ends the server session behind {@code victim} and returns when the server has let it go. */
    void kill(TestDb db, Connection victim);

    /** A killer that finds the session id with one query and waits for it to leave the server's list. */
    class Listed implements BackendKiller {
        private final String idQuery;
        private final String countQuery;
        private final String selfTimeout;

        Listed(String idQuery, String countQuery, String selfTimeout) {
            this.idQuery = idQuery;
            this.countQuery = countQuery;
            this.selfTimeout = selfTimeout;
        }

        @Override
        public void kill(TestDb db, Connection victim) {
            long id = victim.execute(text(idQuery)).<Number>scalar().longValue();
            if (selfTimeout != null) {
                victim.executeRaw(selfTimeout);
            }
            try (Connection admin = db.engine().connect()) {
                end(admin, id);
                for (int i = 0; i < 500; i++) {
                    long alive = admin.execute(text(countQuery), Map.of("id", id)).<Number>scalar().longValue();
                    admin.rollback();
                    if (alive == 0) {
                        return;
                    }
                    Thread.sleep(20);
                }
                throw new AssertionError("The server session " + id + " did not end within 10 s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        /** Ends the session from the administrator's connection; timeouts end it by themselves. */
        void end(Connection admin, long id) {
        }
    }
}
