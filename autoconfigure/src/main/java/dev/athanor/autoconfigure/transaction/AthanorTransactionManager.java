package dev.athanor.autoconfigure.transaction;

import dev.athanor.engine.Connection;
import dev.athanor.orm.ReplicaRouting;
import dev.athanor.orm.Savepoint;
import dev.athanor.orm.Session;
import dev.athanor.orm.SessionFactory;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.NestedTransactionNotSupportedException;
import org.springframework.transaction.SavepointManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.ResourceTransactionManager;
import org.springframework.transaction.support.SmartTransactionObject;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs Spring transactions on Athanor sessions. Each transaction works in one session (the
 * request's session when the web layer bound one, else a new one) and its JDBC connection is
 * bound for the engine's {@link DataSource}, so {@code JdbcTemplate} on that DataSource joins the
 * same database transaction.
 *
 * <p>Commit flushes the session and commits; rollback undoes the database work and the session's
 * in-memory changes. {@code REQUIRES_NEW} suspends the current session and connection and opens
 * new ones; {@code NESTED} is a session savepoint, whose rollback also undoes what the session
 * changed inside it. A {@code readOnly} transaction makes the connection read-only and never
 * flushes (its session's autoflush is off until it ends): at its end the session's unflushed
 * changes are rolled back. When the engine has read replicas ({@code athanor.replicas}), a
 * {@code readOnly} transaction runs on one of them ({@link ReplicaRouting#READ_ONLY}, JDBC work
 * included, as the replica's connection is the one bound); a write in it fails with an error naming
 * the routing. Other transactions run on the primary.
 *
 * <p>On an engine in {@code AUTOCOMMIT} isolation ({@code athanor.isolation-level}) each
 * statement commits as it runs: a rollback restores the session's objects but not the database,
 * and {@code NESTED} is refused as Spring refuses it where savepoints are not supported.
 */
public class AthanorTransactionManager extends AbstractPlatformTransactionManager implements ResourceTransactionManager {
    private final SessionFactory factory;
    private final ActiveSessions sessions;
    private final DataSource dataSource;

    /** A transaction manager for the factory's sessions; its engine's DataSource is shared with JDBC. */
    public AthanorTransactionManager(ActiveSessions sessions) {
        this.factory = sessions.factory();
        this.sessions = sessions;
        this.dataSource = factory.engine().pool().dataSource();
        setNestedTransactionAllowed(!factory.engine().isAutocommit()); // a savepoint needs a transaction
    }

    /** The session factory whose sessions this manager binds. */
    @Override
    public Object getResourceFactory() {
        return factory;
    }

    /** The DataSource JDBC code shares transactions on. */
    public DataSource getDataSource() {
        return dataSource;
    }

    @Override
    protected Object doGetTransaction() {
        AthanorTransaction transaction = new AthanorTransaction();
        transaction.sessionHolder = (SessionHolder) TransactionSynchronizationManager.getResource(factory);
        return transaction;
    }

    @Override
    protected boolean isExistingTransaction(Object transaction) {
        AthanorTransaction tx = (AthanorTransaction) transaction;
        return tx.sessionHolder != null && tx.sessionHolder.isTransactionActive();
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        AthanorTransaction tx = (AthanorTransaction) transaction;
        if (TransactionSynchronizationManager.hasResource(dataSource)) {
            throw new CannotCreateTransactionException("A JDBC connection is already bound for " + dataSource
                    + "; another transaction manager is running a transaction on the same DataSource");
        }
        try {
            if (tx.sessionHolder == null) {
                tx.sessionHolder = new SessionHolder(sessions.open());
                tx.newSession = true;
            }
            Session session = tx.sessionHolder.session();
            tx.readOnly = definition.isReadOnly();
            if (tx.readOnly) {
                // a query must not autoflush an UPDATE onto the read-only connection
                tx.previousAutoflush = session.isAutoflush();
                session.setAutoflush(false);
            }
            if (tx.readOnly && !factory.engine().replicas().isEmpty()) {
                // the session's connections, and the JDBC connection shared below, come from a replica
                tx.previousRouting = session.replicaRouting();
                session.setReplicaRouting(ReplicaRouting.READ_ONLY);
            }
            Connection[] connection = new Connection[1];
            session.withConnection(c -> connection[0] = c);
            tx.connection = connection[0];
            java.sql.Connection jdbc = tx.connection.jdbcConnection();
            tx.previousIsolation = DataSourceUtils.prepareConnectionForTransaction(jdbc, definition);
            tx.connectionHolder = new SharedConnectionHolder(jdbc);
            int timeout = determineTimeout(definition);
            if (timeout != TransactionDefinition.TIMEOUT_DEFAULT) {
                tx.connectionHolder.setTimeoutInSeconds(timeout);
                tx.sessionHolder.setTimeoutInSeconds(timeout);
            }
            TransactionSynchronizationManager.bindResource(dataSource, tx.connectionHolder);
            if (tx.newSession) {
                TransactionSynchronizationManager.bindResource(factory, tx.sessionHolder);
            }
            tx.sessionHolder.setSynchronizedWithTransaction(true);
            tx.sessionHolder.setTransactionActive(true);
        } catch (RuntimeException | SQLException e) {
            cleanup(tx);
            throw new CannotCreateTransactionException("Could not begin an Athanor transaction: " + e.getMessage(), e);
        }
    }

    @Override
    protected Object doSuspend(Object transaction) {
        AthanorTransaction tx = (AthanorTransaction) transaction;
        tx.sessionHolder = null;
        SessionHolder session = (SessionHolder) TransactionSynchronizationManager.unbindResourceIfPossible(factory);
        Object connection = TransactionSynchronizationManager.unbindResourceIfPossible(dataSource);
        return new Suspended(session, connection);
    }

    @Override
    protected void doResume(Object transaction, Object suspendedResources) {
        Suspended suspended = (Suspended) suspendedResources;
        if (suspended.session != null) {
            TransactionSynchronizationManager.bindResource(factory, suspended.session);
        }
        if (suspended.connection != null) {
            TransactionSynchronizationManager.bindResource(dataSource, suspended.connection);
        }
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        AthanorTransaction tx = (AthanorTransaction) status.getTransaction();
        Session session = tx.sessionHolder.session();
        try {
            if (tx.readOnly) {
                session.rollback();
            } else {
                session.commit();
            }
            // the session commits and releases its connection; JDBC-only work still needs a commit
            if (!tx.connection.isClosed()) {
                if (tx.readOnly) {
                    tx.connection.rollback();
                } else {
                    tx.connection.commit();
                }
            }
        } catch (RuntimeException e) {
            throw translate("commit", e);
        }
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
        AthanorTransaction tx = (AthanorTransaction) status.getTransaction();
        try {
            tx.sessionHolder.session().rollback();
            if (!tx.connection.isClosed()) {
                tx.connection.rollback();
            }
        } catch (RuntimeException e) {
            throw translate("roll back", e);
        }
    }

    @Override
    protected void doSetRollbackOnly(DefaultTransactionStatus status) {
        ((AthanorTransaction) status.getTransaction()).sessionHolder.setRollbackOnly();
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        cleanup((AthanorTransaction) transaction);
    }

    private void cleanup(AthanorTransaction tx) {
        if (tx.connectionHolder != null) {
            TransactionSynchronizationManager.unbindResourceIfPossible(dataSource);
            if (!tx.connection.isClosed()) {
                DataSourceUtils.resetConnectionAfterTransaction(tx.connection.jdbcConnection(), tx.previousIsolation,
                        tx.readOnly);
            }
            tx.connectionHolder.clear();
        }
        if (tx.sessionHolder != null) {
            tx.sessionHolder.setTransactionActive(false);
            if (tx.readOnly && tx.sessionHolder.isOpened() && !tx.sessionHolder.session().isClosed()) {
                tx.sessionHolder.session().setAutoflush(tx.previousAutoflush);
                if (tx.previousRouting != null) {
                    tx.sessionHolder.session().setReplicaRouting(tx.previousRouting);
                }
            }
            if (tx.newSession) {
                TransactionSynchronizationManager.unbindResourceIfPossible(factory);
                sessions.close(tx.sessionHolder.session());
            } else {
                // the request's session outlives the transaction: forget its flags and deadline, keep it open
                tx.sessionHolder.clear();
            }
        }
    }

    private static TransactionException translate(String action, RuntimeException e) {
        return new TransactionSystemException("Could not " + action + " the Athanor transaction: " + e.getMessage(), e);
    }

    /** One Spring transaction: its session, connection, and savepoints for NESTED. */
    private static final class AthanorTransaction implements SavepointManager, SmartTransactionObject {
        SessionHolder sessionHolder;
        boolean newSession;
        Connection connection;
        SharedConnectionHolder connectionHolder;
        boolean readOnly;
        boolean previousAutoflush;
        /** The session's routing before a read-only transaction sent it to the replicas; null when unchanged. */
        ReplicaRouting previousRouting;
        Integer previousIsolation;

        @Override
        public Object createSavepoint() {
            if (sessionHolder == null) {
                throw new NestedTransactionNotSupportedException("No Athanor session to create a savepoint in");
            }
            return sessionHolder.session().beginNested();
        }

        @Override
        public void rollbackToSavepoint(Object savepoint) {
            ((Savepoint) savepoint).rollback();
        }

        @Override
        public void releaseSavepoint(Object savepoint) {
            ((Savepoint) savepoint).commit();
        }

        @Override
        public boolean isRollbackOnly() {
            return sessionHolder != null && sessionHolder.isRollbackOnly();
        }

        @Override
        public void flush() {
            if (sessionHolder != null && !readOnly) {
                sessionHolder.session().flush();
            }
        }
    }

    private record Suspended(SessionHolder session, Object connection) {
    }

    /** The session's JDBC connection as Spring's JDBC support finds it, marked transactional. */
    private static final class SharedConnectionHolder extends ConnectionHolder {

        SharedConnectionHolder(java.sql.Connection connection) {
            super(connection);
            setSynchronizedWithTransaction(true);
            setTransactionActive(true);
        }
    }
}
