package dev.athanor.inspect;

import dev.athanor.orm.ColumnProperty;
import dev.athanor.orm.Mapper;
import java.util.List;

/**
 * What a mapper maps, as SQLAlchemy's {@code inspect(User)}: the table, each column's attribute,
 * name, SQL type and nullability, and the primary key. {@code relationships} lists the mapped
 * relationships; the ORM maps none yet (they arrive with relationship mapping), so it is empty.
 */
public record MapperInspection(Class<?> entityClass, String table, List<ColumnInfo> columns, List<String> primaryKey,
                               List<String> relationships) {
    /** One mapped column. */
    public record ColumnInfo(String attribute, String name, String type, boolean nullable, boolean primaryKey) {
    }

    /** The view of a registry's mapper. */
    public static MapperInspection of(Mapper<?> mapper) {
        List<ColumnInfo> columns = mapper.columns().stream().map(p -> new ColumnInfo(p.name(), p.column().name(),
                p.column().type().toString(), p.column().isNullable(), p.isPrimaryKey())).toList();
        return new MapperInspection(mapper.entityClass(), mapper.table().name(), columns,
                mapper.primaryKey().stream().map(ColumnProperty::name).toList(), List.of());
    }
}
