package dev.athanor.dialect.h2;

import dev.athanor.schema.ddl.DdlTypeCompiler;
import dev.athanor.types.DateTimeType;
import dev.athanor.types.DateTimeTzType;
import dev.athanor.types.UuidType;

/** H2's type names: microsecond timestamps and a native {@code UUID}; enums are checked strings. */
public class H2TypeCompiler extends DdlTypeCompiler {

    @Override
    public String visitDateTime(DateTimeType type) {
        return "TIMESTAMP(6)";
    }

    @Override
    public String visitDateTimeTz(DateTimeTzType type) {
        return "TIMESTAMP(6) WITH TIME ZONE";
    }

    @Override
    public String visitUuid(UuidType type) {
        return "UUID";
    }
}
