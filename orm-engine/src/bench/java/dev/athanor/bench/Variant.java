package dev.athanor.bench;

/**
 * One way of doing a workload's job (raw JDBC, Athanor text, Hibernate, …).
 *
 * @param name short name shown in the table; the raw-JDBC baseline's name starts with {@code jdbc}
 * @param note how it does it, shown under the table
 * @param rows rows (or operations) one pass handles; per-row numbers divide by it
 * @param body one pass
 */
public record Variant(String name, String note, long rows, Pass body) {
    /** One pass of a variant. */
    @FunctionalInterface
    public interface Pass {
        /**
         * Does the work once and returns how many rows (or operations) it handled, which the
         * runner checks against {@link Variant#rows()}, so a variant that silently does less
         * cannot look fast; the value also keeps the JIT from discarding the work.
         */
        long run() throws Exception;
    }
}
