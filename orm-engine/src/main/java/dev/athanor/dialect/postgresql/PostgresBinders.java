package dev.athanor.dialect.postgresql;

import dev.athanor.dialect.JdbcBinder;
import dev.athanor.dialect.StandardBinders;
import dev.athanor.types.EnumType;
import dev.athanor.types.IntervalType;
import dev.athanor.types.JsonType;
import dev.athanor.types.UuidType;
import java.sql.Types;
import java.time.Duration;
import java.util.UUID;

/**
 * pgjdbc binding: native UUIDs, and JSON, enum and interval values sent as untyped text
 * ({@code Types.OTHER}) so the server casts them to the column's type.
 */
final class PostgresBinders extends StandardBinders {

    @Override
    public JdbcBinder<?> visitUuid(UuidType type) {
        return objectBinder(UUID.class, Types.OTHER);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public JdbcBinder<?> visitJson(JsonType<?> type) {
        JsonType json = type;
        return viaText(json::encode, json::decode, true);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public JdbcBinder<?> visitEnum(EnumType<?> type) {
        EnumType enumType = type;
        return viaText(value -> ((Enum<?>) value).name(), enumType::fromLabel, true);
    }

    @Override
    public JdbcBinder<?> visitInterval(IntervalType type) {
        return viaText(Duration::toString, Duration::parse, true);
    }
}
