package dev.athanor.engine;

import java.util.Map;

/** Rows as maps from column key to value, like SQLAlchemy's {@code result.mappings()}. */
public final class MappingResult extends FilterResult<Map<String, Object>> {
    private final Result result;

    MappingResult(Result result) {
        this.result = result;
    }

    /** Drops maps already seen; returns this result. */
    public MappingResult unique() {
        enableUnique();
        return this;
    }

    @Override
    Row nextRow() {
        return result.nextRow();
    }

    @Override
    Map<String, Object> project(Row row) {
        return row.toMap();
    }

    @Override
    public void close() {
        result.close();
    }
}
