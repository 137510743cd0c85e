package dev.athanor.dialect.sqlite;

import dev.athanor.schema.ddl.DdlTypeCompiler;
import dev.athanor.types.DateTimeType;
import dev.athanor.types.DateTimeTzType;
import dev.athanor.types.DoubleType;
import dev.athanor.types.JsonType;
import dev.athanor.types.NumericType;
import dev.athanor.types.TextType;

/**
 * SQLite's type names. SQLite picks a column's storage class from words in its declared type,
 * so the names here are chosen for the affinity they give. Exact decimals are declared
 * {@code NUMERIC_TEXT(p, s)}: the name contains {@code TEXT}, which gives TEXT affinity, so the
 * decimal strings the binder sends are stored as written instead of being rounded through a REAL
 * (a plain {@code NUMERIC} column would convert them). Timestamps are {@code DATETIME}, holding
 * ISO 8601 text; zoned ones are stored in UTC.
 */
public class SqliteTypeCompiler extends DdlTypeCompiler {

    @Override
    public String visitText(TextType type) {
        return "TEXT";
    }

    @Override
    public String visitDouble(DoubleType type) {
        return "DOUBLE";
    }

    @Override
    public String visitNumeric(NumericType type) {
        return withPrecision("NUMERIC_TEXT", type);
    }

    @Override
    public String visitDateTime(DateTimeType type) {
        return "DATETIME";
    }

    @Override
    public String visitDateTimeTz(DateTimeTzType type) {
        return "DATETIME";
    }

    @Override
    public String visitJson(JsonType<?> type) {
        return "TEXT";
    }
}
