package dev.athanor.asyncio;

import dev.athanor.exc.LazyLoadError;
import dev.athanor.orm.LazyLoadGuard;
import dev.athanor.orm.internal.Instrumented;

/**
 * Refuses every load that attribute access would send for an object of an {@link AsyncSession},
 * except on the thread running one of the session's operations ({@code runSync}, {@code load}):
 * elsewhere the load would block the calling thread on I/O. SQLAlchemy raises
 * {@code MissingGreenlet} in the same place; this error names the attribute and the fixes.
 */
final class AsyncLoadGuard implements LazyLoadGuard {
    private final OperationRunner runner;

    AsyncLoadGuard(OperationRunner runner) {
        this.runner = runner;
    }

    @Override
    public void beforeLoad(Object object, String attribute, Load load) {
        if (Thread.currentThread() == runner.runningThread()) {
            return;
        }
        // a loaded object is an instance of the generated subclass: name the mapped class
        Class<?> mapped = object instanceof Instrumented ? object.getClass().getSuperclass() : object.getClass();
        String type = mapped.getSimpleName();
        String variable = Character.toLowerCase(type.charAt(0)) + type.substring(1);
        String getter = attribute == null ? "the getter"
                : type + "::get" + Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
        String named = attribute == null ? type : type + "." + attribute;
        String why = " would block the calling thread on I/O, so objects of an AsyncSession never load on attribute"
                + " access (SQLAlchemy raises MissingGreenlet here). ";
        throw new LazyLoadError(switch (load) {
            case RELATIONSHIP -> "Lazy load of " + named + " refused: it is not loaded, and loading it" + why
                    + "Load it with the query (.options(selectinLoad(" + type + "_." + attribute + ")) or joinedLoad),"
                    + " or before touching it: session.refresh(" + variable + ", \"" + attribute + "\") or"
                    + " session.load(" + variable + ", " + getter + ")";
            case EXPIRED -> "Reload of expired " + named + " refused: the object was expired (by a commit with"
                    + " expireOnCommit, or expire()), and reloading it" + why + "Build the AsyncSessionFactory with"
                    + " expireOnCommit(false), or call session.refresh(" + variable + ") first";
            case DEFERRED -> "Load of deferred column " + named + " refused: the query deferred it, and loading it"
                    + why + "Undefer it in the query, or call session.refresh(" + variable + ", \"" + attribute
                    + "\") first";
        });
    }
}
