package dev.athanor.inspect;

import dev.athanor.orm.ColumnProperty;
import dev.athanor.orm.Mapper;
import java.util.List;

/**
 * What a mapper maps, as SQLAlchemy's {@code inspect(User)}: the table, each column's attribute,
 * name, SQL type and nullability, and the primary key. {@code relationships} lists the mapped
 * relationships; the ORM maps none yet (they arrive with relationship mapping), so it is empty.
 * {@code inheritance} describes the class's place in an inheritance hierarchy, or is {@code null}.
 */
public record MapperInspection(Class<?> entityClass, String table, List<ColumnInfo> columns, List<String> primaryKey,
                               List<String> relationships, InheritanceInfo inheritance) {
    /** A view without inheritance ({@link #inheritance()} is {@code null}). */
    public MapperInspection(Class<?> entityClass, String table, List<ColumnInfo> columns, List<String> primaryKey,
                            List<String> relationships) {
        this(entityClass, table, columns, primaryKey, relationships, null);
    }

    /**
     * Where a class sits in an inheritance hierarchy: its base and direct parent, its strategy
     * ({@code JOINED} / {@code SINGLE_TABLE}), its discriminator value and attribute, the tables its
     * rows span (base first) and its direct subclasses.
     */
    public record InheritanceInfo(Class<?> base, Class<?> inherits, String strategy, String polymorphicIdentity,
                                  String polymorphicOn, List<String> tables, List<Class<?>> subclasses) {
        static InheritanceInfo of(Mapper<?> mapper) {
            if (mapper.inheritance().isEmpty()) {
                return null;
            }
            return new InheritanceInfo(mapper.baseMapper().entityClass(),
                    mapper.inherits().<Class<?>>map(Mapper::entityClass).orElse(null), mapper.inheritance().get().name(),
                    mapper.polymorphicIdentity().orElse(null), mapper.polymorphicOn().map(ColumnProperty::name).orElse(null),
                    mapper.tables().stream().map(t -> t.name()).toList(),
                    mapper.subclasses().stream().<Class<?>>map(Mapper::entityClass).toList());
        }
    }

    /** One mapped column. */
    public record ColumnInfo(String attribute, String name, String type, boolean nullable, boolean primaryKey) {
    }

    /** The view of a registry's mapper. */
    public static MapperInspection of(Mapper<?> mapper) {
        List<ColumnInfo> columns = mapper.columns().stream().map(p -> new ColumnInfo(p.name(), p.column().name(),
                p.column().type().toString(), p.column().isNullable(), p.isPrimaryKey())).toList();
        return new MapperInspection(mapper.entityClass(), mapper.table().name(), columns,
                mapper.primaryKey().stream().map(ColumnProperty::name).toList(), List.of(), InheritanceInfo.of(mapper));
    }
}
