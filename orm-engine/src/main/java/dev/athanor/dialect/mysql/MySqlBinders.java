package dev.athanor.dialect.mysql;

import dev.athanor.dialect.JdbcBinder;
import dev.athanor.dialect.StandardBinders;
import dev.athanor.types.DateTimeTzType;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** MySQL and MariaDB keep no offset: timestamps with a zone travel as UTC local date-times. */
final class MySqlBinders extends StandardBinders {

    @Override
    public JdbcBinder<?> visitDateTimeTz(DateTimeTzType type) {
        return binder(Types.TIMESTAMP,
                (s, i, v) -> s.setObject(i, v.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(), Types.TIMESTAMP),
                (r, i) -> {
                    LocalDateTime value = r.getObject(i, LocalDateTime.class);
                    return value == null ? null : value.atOffset(ZoneOffset.UTC);
                });
    }
}
