package dev.athanor.autoconfigure.web;

import dev.athanor.autoconfigure.transaction.ActiveSessions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.context.request.async.WebAsyncUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each HTTP request one Athanor session, opened lazily on its first use (through the shared
 * {@code Session} or by a {@code @Transactional} method, which joins it instead of opening its
 * own) and closed when the request ends.
 *
 * <p>The session is bound to the request thread only while the filter chain runs, and unbound in
 * every outcome, so no session leaks to the next request served by a pooled thread. When the
 * request goes async, the session is bound on the worker thread running a Spring MVC
 * {@code Callable}, bound again on the async dispatch, and closed when async processing completes,
 * times out or fails. Between transactions the session holds no connection (commit returns it);
 * a query outside a transaction, such as a lazy load in a controller, borrows one until the
 * request ends.
 */
public class SessionPerRequestFilter extends OncePerRequestFilter {
    private static final String ATTRIBUTE = SessionPerRequestFilter.class.getName() + ".SESSION";

    private final ActiveSessions sessions;

    /** A filter opening request sessions through {@code sessions}, which counts them. */
    public SessionPerRequestFilter(ActiveSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestSession session = (RequestSession) request.getAttribute(ATTRIBUTE);
        if (session == null) {
            session = new RequestSession(sessions);
            request.setAttribute(ATTRIBUTE, session);
            WebAsyncUtils.getAsyncManager(request).registerCallableInterceptor(ATTRIBUTE, session);
        }
        if (!session.bind()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            session.unbind();
            if (isAsyncStarted(request)) {
                if (session.listenOnce()) {
                    request.getAsyncContext().addListener(session);
                }
            } else {
                session.close();
            }
        }
    }
}
