package dev.athanor.dialect.h2;

import dev.athanor.schema.Index;
import dev.athanor.schema.ddl.DdlCompiler;
import dev.athanor.sql.compiler.IdentifierPreparer;

/** H2's DDL: standard SQL with identity columns and {@code COMMENT ON}; indexes are named in their table's schema. */
public class H2DdlCompiler extends DdlCompiler {

    public H2DdlCompiler(IdentifierPreparer preparer) {
        super(preparer, new H2TypeCompiler());
    }

    @Override
    protected String dialectName() {
        return "h2";
    }

    @Override
    protected String indexNameInCreate(Index index) {
        return preparer().qualify(index.table().schema(), index.name());
    }
}
