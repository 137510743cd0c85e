package dev.athanor.actuate.replica;

import static dev.athanor.sql.Sql.select;
import static dev.athanor.sql.Sql.text;

import dev.athanor.engine.Row;
import dev.athanor.orm.Session;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The services of the replica application: each answers with the identity of the server it ran on. */
final class LedgerServices {
    private LedgerServices() {
    }

    /** {@code inet_server_port()} and {@code pg_is_in_recovery()} of the session's server. */
    static List<Object> identity(Session session) {
        Row row = session.execute(text("SELECT inet_server_port(), pg_is_in_recovery()")).first();
        return List.of(row.get(0), row.get(1));
    }

    /** Reads in read-only transactions: on the replica while one is healthy. */
    @Transactional(readOnly = true)
    public static class Reading {
        private final Session session;
        private final JdbcTemplate jdbc;

        Reading(Session session, JdbcTemplate jdbc) {
            this.session = session;
            this.jdbc = jdbc;
        }

        public List<Object> identity() {
            return LedgerServices.identity(session);
        }

        /** The entries, and the port JdbcTemplate's statement reached in the same transaction. */
        public List<Object> entriesAndJdbcPort() {
            List<String> entries = session.scalars(select(Ledger.class)).all().stream()
                    .map(ledger -> ((Ledger) ledger).entry).sorted().toList();
            return List.of(entries, jdbc.queryForObject("SELECT inet_server_port()", Integer.class));
        }

        /** A write where none belongs: the replica refuses it. */
        public void writeAnyway(String entry) {
            session.add(new Ledger(entry));
            session.flush();
        }
    }

    /** Writes in ordinary transactions: on the primary. */
    @Transactional
    public static class Writing {
        private final Session session;

        Writing(Session session) {
            this.session = session;
        }

        public List<Object> add(String entry) {
            session.add(new Ledger(entry));
            session.flush();
            return LedgerServices.identity(session);
        }
    }
}
