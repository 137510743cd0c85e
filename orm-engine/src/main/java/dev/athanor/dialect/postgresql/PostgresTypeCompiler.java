package dev.athanor.dialect.postgresql;

import dev.athanor.schema.ddl.DdlTypeCompiler;
import dev.athanor.sql.compiler.IdentifierPreparer;
import dev.athanor.types.DateTimeType;
import dev.athanor.types.EnumType;
import dev.athanor.types.IntervalType;
import dev.athanor.types.JsonType;
import dev.athanor.types.LargeBinaryType;
import dev.athanor.types.TextType;
import dev.athanor.types.UuidType;

/** PostgreSQL's type names: {@code TEXT}, {@code JSONB}, {@code BYTEA}, {@code INTERVAL}, {@code UUID}, and enums by their type name. */
public class PostgresTypeCompiler extends DdlTypeCompiler {
    private final IdentifierPreparer preparer;

    public PostgresTypeCompiler(IdentifierPreparer preparer) {
        this.preparer = preparer;
    }

    @Override
    protected boolean nativeEnum() {
        return true;
    }

    @Override
    public String visitText(TextType type) {
        return "TEXT";
    }

    @Override
    public String visitDateTime(DateTimeType type) {
        return "TIMESTAMP WITHOUT TIME ZONE";
    }

    @Override
    public String visitInterval(IntervalType type) {
        return "INTERVAL";
    }

    @Override
    public String visitJson(JsonType<?> type) {
        return "JSONB";
    }

    @Override
    public String visitLargeBinary(LargeBinaryType type) {
        return "BYTEA";
    }

    /** The type created by {@code CREATE TYPE … AS ENUM} before the table. */
    @Override
    public String visitEnum(EnumType<?> type) {
        return preparer.quote(type.name());
    }

    @Override
    public String visitUuid(UuidType type) {
        return "UUID";
    }
}
