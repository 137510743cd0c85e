package dev.athanor.autoconfigure.web;

import dev.athanor.autoconfigure.transaction.ActiveSessions;
import dev.athanor.autoconfigure.transaction.SessionHolder;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.async.CallableProcessingInterceptor;

/**
 * The session of one HTTP request: opened on first use, closed exactly once when the request
 * ends, whether it ends on the request thread, after an async dispatch, on an error or on a
 * timeout. While a Spring MVC {@code Callable} runs on a worker thread, the session is bound there
 * instead of on the request thread, so it is never used by two threads at once.
 */
final class RequestSession implements CallableProcessingInterceptor, AsyncListener {
    private final ActiveSessions sessions;
    private final SessionHolder holder;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean listening = new AtomicBoolean();

    RequestSession(ActiveSessions sessions) {
        this.sessions = sessions;
        this.holder = new SessionHolder(sessions::open);
    }

    SessionHolder holder() {
        return holder;
    }

    /** Binds the session to the calling thread, unless it is closed or a session is bound already. */
    boolean bind() {
        if (closed.get() || TransactionSynchronizationManager.hasResource(sessions.factory())) {
            return false;
        }
        TransactionSynchronizationManager.bindResource(sessions.factory(), holder);
        return true;
    }

    void unbind() {
        TransactionSynchronizationManager.unbindResourceIfPossible(sessions.factory());
    }

    /** Whether this call made the session listen for the end of the request's async processing. */
    boolean listenOnce() {
        return listening.compareAndSet(false, true);
    }

    /** Closes the session if it was opened; later calls do nothing. */
    void close() {
        if (closed.compareAndSet(false, true) && holder.isOpened()) {
            sessions.close(holder.session());
        }
    }

    @Override
    public <T> void preProcess(NativeWebRequest request, Callable<T> task) {
        bind();
    }

    @Override
    public <T> void postProcess(NativeWebRequest request, Callable<T> task, Object concurrentResult) {
        unbind();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        close();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        close();
    }

    @Override
    public void onError(AsyncEvent event) {
        close();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        event.getAsyncContext().addListener(this);
    }
}
