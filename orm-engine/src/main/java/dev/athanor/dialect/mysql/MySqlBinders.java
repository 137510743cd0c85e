package dev.athanor.dialect.mysql;

import dev.athanor.dialect.JdbcBinder;
import dev.athanor.dialect.StandardBinders;
import dev.athanor.types.DateTimeTzType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** MySQL and MariaDB keep no offset: timestamps with a zone travel as UTC local date-times. */
final class MySqlBinders extends StandardBinders {

    @Override
    public JdbcBinder<?> visitDateTimeTz(DateTimeTzType type) {
        return new JdbcBinder<OffsetDateTime>() {
            public void bind(PreparedStatement s, int i, OffsetDateTime v) throws SQLException {
                if (v == null) {
                    s.setNull(i, Types.TIMESTAMP);
                } else {
                    s.setObject(i, v.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(), Types.TIMESTAMP);
                }
            }

            public OffsetDateTime read(ResultSet r, int i) throws SQLException {
                LocalDateTime value = r.getObject(i, LocalDateTime.class);
                return value == null ? null : value.atOffset(ZoneOffset.UTC);
            }
        };
    }
}
