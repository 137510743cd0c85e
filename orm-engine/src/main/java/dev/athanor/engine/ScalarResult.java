package dev.athanor.engine;

/**
 * One column of a result, like SQLAlchemy's {@code ScalarResult}: {@code result.scalars().all()}
 * is the list of first-column values.
 *
 * @param <T> the column's Java type
 */
public final class ScalarResult<T> extends FilterResult<T> {
    private final Result result;
    private final int index;

    ScalarResult(Result result, int index) {
        this.result = result;
        this.index = index;
    }

    /** Drops values already seen (SQLAlchemy's {@code unique()}); returns this result. */
    public ScalarResult<T> unique() {
        enableUnique();
        return this;
    }

    @Override
    Row nextRow() {
        return result.nextRow();
    }

    @Override
    @SuppressWarnings("unchecked")
    T project(Row row) {
        return (T) row.get(index);
    }

    @Override
    public void close() {
        result.close();
    }
}
