package dev.athanor.dialect.h2;

import dev.athanor.schema.Index;
import dev.athanor.schema.ddl.DdlCompiler;

/** H2's DDL: standard SQL with identity columns and {@code COMMENT ON}; indexes are named in their table's schema. */
public class H2DdlCompiler extends DdlCompiler {

    public H2DdlCompiler(H2Dialect dialect) {
        super(dialect.name(), dialect.preparer(), new H2TypeCompiler());
    }

    @Override
    protected String indexNameInCreate(Index index) {
        return preparer().qualify(index.table().schema(), index.name());
    }
}
