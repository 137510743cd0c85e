package dev.athanor.dialect.postgresql;

import dev.athanor.schema.Sequence;
import dev.athanor.schema.ddl.DdlCompiler;

/** PostgreSQL's DDL: identity columns, named enum types created before their tables, {@code COMMENT ON}. */
public class PostgresDdlCompiler extends DdlCompiler {

    public PostgresDdlCompiler(PostgresDialect dialect) {
        super(dialect.name(), dialect.preparer(), new PostgresTypeCompiler(dialect.preparer()));
    }

    @Override
    public boolean supportsPartialIndexes() {
        return true;
    }

    @Override
    public boolean nativeEnumTypes() {
        return true;
    }

    /** {@code nextval('seq')}: the argument is the sequence's name as SQL text, quotes included. */
    @Override
    protected String sequenceNextValue(Sequence sequence) {
        return "nextval(" + typeCompiler().literal(sequenceName(sequence)) + ")";
    }
}
