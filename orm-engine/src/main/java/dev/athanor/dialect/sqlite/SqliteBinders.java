package dev.athanor.dialect.sqlite;

import dev.athanor.dialect.JdbcBinder;
import dev.athanor.dialect.StandardBinders;
import dev.athanor.types.DateTimeType;
import dev.athanor.types.DateTimeTzType;
import dev.athanor.types.DateType;
import dev.athanor.types.NumericType;
import dev.athanor.types.TimeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * SQLite keeps dates, times and exact decimals as text, as SQLAlchemy's SQLite dialect does:
 * ISO 8601 with a space separator and microseconds ({@code 2024-05-01 10:30:00.000001}), which
 * sorts and compares correctly as text; timestamps with a zone are stored as UTC. Decimals are
 * stored as their plain string so no digit is rounded through a REAL.
 */
final class SqliteBinders extends StandardBinders {
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss").appendFraction(ChronoField.MICRO_OF_SECOND, 6, 6, true).toFormatter();
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(TIME).toFormatter();
    private static final DateTimeFormatter PARSE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm[:ss]").optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().toFormatter();
    private static final DateTimeFormatter PARSE_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd().append(PARSE_TIME).toFormatter();

    @Override
    public JdbcBinder<?> visitNumeric(NumericType type) {
        return viaText(BigDecimal::toPlainString, BigDecimal::new, false);
    }

    @Override
    public JdbcBinder<?> visitDate(DateType type) {
        return viaText(LocalDate::toString, LocalDate::parse, false);
    }

    @Override
    public JdbcBinder<?> visitTime(TimeType type) {
        return viaText(TIME::format, value -> LocalTime.parse(value, PARSE_TIME), false);
    }

    @Override
    public JdbcBinder<?> visitDateTime(DateTimeType type) {
        return viaText(DATE_TIME::format, value -> LocalDateTime.parse(value, PARSE_DATE_TIME), false);
    }

    @Override
    public JdbcBinder<?> visitDateTimeTz(DateTimeTzType type) {
        return viaText(
                (OffsetDateTime value) -> DATE_TIME.format(value.withOffsetSameInstant(ZoneOffset.UTC)),
                value -> LocalDateTime.parse(value, PARSE_DATE_TIME).atOffset(ZoneOffset.UTC), false);
    }
}
