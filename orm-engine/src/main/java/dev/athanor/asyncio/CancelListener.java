package dev.athanor.asyncio;

import dev.athanor.engine.ExecutionContext;
import dev.athanor.engine.ExecutionListener;
import java.util.concurrent.CancellationException;

/**
 * Tells the async operation running on the current thread which connection its statements run
 * on, so that cancelling the operation can cancel the statement, and refuses statements of an
 * operation that was cancelled before they started.
 */
final class CancelListener implements ExecutionListener {
    /** The operation whose work runs on this thread. */
    static final ThreadLocal<Operation> CURRENT = new ThreadLocal<>();

    @Override
    public void beforeExecute(ExecutionContext context) {
        Operation operation = CURRENT.get();
        if (operation != null) {
            operation.executing(context.connection());
            if (operation.isCancelRequested()) {
                throw cancelled(operation);
            }
        }
    }

    @Override
    public void afterExecute(ExecutionContext context, long elapsedNanos, long rowCount) {
        Operation operation = CURRENT.get();
        if (operation != null && operation.isCancelRequested()) {
            throw cancelled(operation); // cancelled while the statement was being sent: stop before the next step
        }
    }

    private static CancellationException cancelled(Operation operation) {
        return new CancellationException("The async operation " + operation.name + " was cancelled");
    }
}
