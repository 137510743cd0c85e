package dev.athanor.schema.ddl;

import java.util.List;
import java.util.Objects;

/** {@code COMMENT ON TABLE t IS '…'} or the dialect's spelling; {@code schema} may be null. */
public record SetTableComment(String schema, String table, String comment) implements DdlElement {

    public SetTableComment {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public List<String> compile(DdlCompiler compiler) {
        return compiler.visitSetTableComment(this);
    }
}
