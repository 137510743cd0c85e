package dev.athanor.orm;

import dev.athanor.exc.MappingError;
import dev.athanor.orm.annotation.Inheritance;
import dev.athanor.orm.annotation.InheritanceType;
import dev.athanor.orm.annotation.PolymorphicIdentity;
import dev.athanor.orm.annotation.PolymorphicOn;
import dev.athanor.orm.annotation.Version;
import dev.athanor.orm.internal.AttributeAccessor;
import dev.athanor.orm.internal.MappedFields;
import dev.athanor.orm.internal.MappedHierarchy;
import dev.athanor.schema.Column;
import dev.athanor.schema.ForeignKey;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the mappers of a registry with inheritance, as SQLAlchemy's mapper {@code inherits}:
 * each hierarchy base first, then its subclasses, which reuse their parent's column properties
 * (same objects, same snapshot positions) and add their own.
 *
 * <p>Joined-table: a subclass's own {@code @Table} gets the base's key columns again, each a
 * primary key and a foreign key to the base table's, then the subclass's own fields.
 * Single-table: a subclass's columns are created before the base table and added to it, so they
 * must be nullable (rows of the other classes leave them empty). Classes outside any hierarchy
 * are built exactly as before.
 */
final class InheritanceMapping {
    private final Map<Class<?>, MapperBuilder<?>> builders = new LinkedHashMap<>();
    private final Map<Class<?>, Mapper<?>> mappers = new HashMap<>();
    /** Own fields and columns of each single-table subclass, made before the base table exists. */
    private final Map<Class<?>, List<Field>> singleTableFields = new HashMap<>();
    private final Map<Class<?>, List<Column<?>>> singleTableColumns = new HashMap<>();

    private InheritanceMapping(List<MapperBuilder<?>> builders) {
        builders.forEach(builder -> this.builders.put(builder.entityClass(), builder));
    }

    /** Every class's mapper, in the order the builders were given. */
    static Map<Class<?>, Mapper<?>> build(List<MapperBuilder<?>> builders, MetaData metadata) {
        InheritanceMapping mapping = new InheritanceMapping(builders);
        List<MapperBuilder<?>> parentsFirst = new ArrayList<>(builders);
        parentsFirst.sort(Comparator.comparingInt(builder -> depth(builder.entityClass())));
        parentsFirst.forEach(mapping::check);
        parentsFirst.stream().filter(b -> isSingleTableSubclass(b.entityClass())).forEach(mapping::prepareSingleTable);
        for (MapperBuilder<?> builder : parentsFirst) {
            mapping.mappers.put(builder.entityClass(), mapping.build(builder, metadata));
        }
        Map<Class<?>, Mapper<?>> ordered = new LinkedHashMap<>();
        builders.forEach(builder -> ordered.put(builder.entityClass(), mapping.mappers.get(builder.entityClass())));
        return ordered;
    }

    private static int depth(Class<?> type) {
        int depth = 0;
        for (Class<?> parent = MappedHierarchy.mappedParent(type); parent != null; parent = MappedHierarchy.mappedParent(parent)) {
            depth++;
        }
        return depth;
    }

    private static boolean isSingleTableSubclass(Class<?> type) {
        return MappedHierarchy.mappedParent(type) != null && !type.isAnnotationPresent(dev.athanor.orm.annotation.Table.class);
    }

    private static InheritanceType strategy(Class<?> type) {
        Inheritance inheritance = MappedHierarchy.base(type).getAnnotation(Inheritance.class);
        return inheritance == null ? null : inheritance.strategy();
    }

    /** The mistakes visible from the annotations alone. */
    private void check(MapperBuilder<?> builder) {
        Class<?> type = builder.entityClass();
        Class<?> parent = MappedHierarchy.mappedParent(type);
        if (parent == null) {
            if (!type.isAnnotationPresent(Inheritance.class)) {
                for (Class<? extends java.lang.annotation.Annotation> only : List.of(PolymorphicIdentity.class, PolymorphicOn.class)) {
                    if (type.isAnnotationPresent(only)) {
                        throw new MappingError("Class " + type.getName() + " has @" + only.getSimpleName() + " but is not in"
                                + " an inheritance hierarchy; annotate its base class @Inheritance, or remove it");
                    }
                }
            } else if (!type.isAnnotationPresent(PolymorphicOn.class)) {
                throw new MappingError("Class " + type.getName() + " is an @Inheritance base without @PolymorphicOn;"
                        + " name the discriminator field, for example @PolymorphicOn(\"type\")");
            }
            return;
        }
        if (!MappedHierarchy.isPolymorphic(type)) {
            throw new MappingError("Class " + type.getName() + " has @PolymorphicIdentity but is not in an inheritance"
                    + " hierarchy; annotate its base class " + MappedHierarchy.base(type).getName() + " @Inheritance");
        }
        if (!builders.containsKey(parent)) {
            throw new MappingError("Class " + type.getName() + " extends mapped class " + parent.getName()
                    + ", which this registry does not map; add it to Registry.of(…) or the scanned packages");
        }
        for (Class<? extends java.lang.annotation.Annotation> baseOnly : List.of(Inheritance.class, PolymorphicOn.class)) {
            if (type.isAnnotationPresent(baseOnly)) {
                throw new MappingError("Class " + type.getName() + " has @" + baseOnly.getSimpleName() + ", which belongs"
                        + " on the base class " + MappedHierarchy.base(type).getName() + " only");
            }
        }
        if (!type.isAnnotationPresent(PolymorphicIdentity.class)) {
            throw new MappingError("Class " + type.getName() + " extends mapped class " + parent.getName()
                    + " but has no @PolymorphicIdentity; give it the discriminator value of its rows");
        }
        boolean ownTable = type.isAnnotationPresent(dev.athanor.orm.annotation.Table.class);
        InheritanceType strategy = strategy(type);
        if (ownTable != (strategy == InheritanceType.JOINED)) {
            throw new MappingError("Class " + type.getName() + (ownTable ? " has its own @Table but" : " has no @Table but")
                    + " its hierarchy (" + MappedHierarchy.base(type).getName() + ") uses " + strategy
                    + (ownTable ? " inheritance; remove @Table so it lives in the base table"
                    : " inheritance; give it a @Table of its own"));
        }
        for (Field field : ownFields(type)) {
            dev.athanor.orm.annotation.Column column = field.getAnnotation(dev.athanor.orm.annotation.Column.class);
            if (column != null && column.primaryKey()) {
                throw new MappingError(where(field) + " is a primary key, but subclass " + type.getSimpleName()
                        + " inherits the key of " + parent.getSimpleName() + "; remove primaryKey = true");
            }
            if (field.isAnnotationPresent(Version.class)) {
                throw new MappingError(where(field) + " is @Version in a subclass; declare the version counter on the"
                        + " base class " + MappedHierarchy.base(type).getSimpleName());
            }
        }
    }

    /** The fields a mapped subclass adds to its parent's, in order. */
    private static List<Field> ownFields(Class<?> type) {
        List<Field> all = MappedFields.of(type);
        return all.subList(MappedFields.of(MappedHierarchy.mappedParent(type)).size(), all.size());
    }

    private void prepareSingleTable(MapperBuilder<?> builder) {
        List<Field> fields = ownFields(builder.entityClass());
        List<Column<?>> columns = new ArrayList<>();
        for (Field field : fields) {
            Column<?> column = builder.column(field);
            if (!column.isNullable()) {
                throw new MappingError(where(field) + " of single-table subclass " + builder.entityClass().getSimpleName()
                        + " is NOT NULL, but rows of the other classes in table '" + builder.tableKey() + "' leave it"
                        + " empty; make it nullable (a boxed type, nullable = true)");
            }
            columns.add(column);
        }
        singleTableFields.put(builder.entityClass(), fields);
        singleTableColumns.put(builder.entityClass(), columns);
    }

    private <T> Mapper<T> build(MapperBuilder<T> builder, MetaData metadata) {
        Class<T> type = builder.entityClass();
        if (!MappedHierarchy.isPolymorphic(type)) {
            return builder.build(metadata);
        }
        Class<?> parentClass = MappedHierarchy.mappedParent(type);
        if (parentClass == null) {
            List<Column<?>> extra = new ArrayList<>();
            singleTableColumns.forEach((sub, columns) -> {
                if (MappedHierarchy.base(sub) == type) {
                    extra.addAll(columns);
                }
            });
            builder.inheritance(null, List.of(), extra);
            Mapper<T> base = builder.build(metadata);
            MapperHierarchy hierarchy = new MapperHierarchy(null, base, strategy(type), identity(type),
                    discriminator(base), new LinkedHashMap<>());
            return register(base, hierarchy, List.of(base));
        }
        Mapper<?> parent = mappers.get(parentClass);
        Mapper<?> base = parent.baseMapper();
        MapperHierarchy hierarchy = new MapperHierarchy(parent, base, strategy(type), identity(type),
                base.polymorphicOn().orElseThrow(), base.hierarchy().byIdentity);
        List<ColumnProperty> properties = new ArrayList<>(parent.columns());
        if (hierarchy.strategy == InheritanceType.SINGLE_TABLE) {
            List<Field> fields = singleTableFields.get(type);
            List<Column<?>> columns = singleTableColumns.get(type);
            for (int i = 0; i < fields.size(); i++) {
                properties.add(new ColumnProperty(fields.get(i).getName(), columns.get(i), AttributeAccessor.of(fields.get(i)),
                        false, properties.size()));
            }
            Mapper<T> mapper = new Mapper<>(type, base.table(), properties, builder.constructor());
            return register(mapper, hierarchy, List.of(mapper));
        }
        List<Column<?>> keyColumns = new ArrayList<>();
        for (ColumnProperty key : base.primaryKey()) {
            keyColumns.add(keyColumn(key.column(), base.table()));
        }
        builder.inheritance(ownFields(type), keyColumns, List.of());
        Mapper<T> own = builder.build(metadata);
        own.columns().forEach(p -> properties.add(p.copy(p.column(), properties.size())));
        Mapper<T> mapper = new Mapper<>(type, own.table(), properties, builder.constructor());
        // the rows of a joined subclass span its ancestors' tables and its own: one view per table
        List<Mapper<?>> views = new ArrayList<>();
        for (Mapper<?> parentView : parent.tableMappers()) {
            views.add(view(mapper, parentView.table(), parentView.columns()));
        }
        List<ColumnProperty> ownTable = new ArrayList<>();
        for (ColumnProperty key : base.primaryKey()) {
            ownTable.add(key.copy(own.table().c(key.column().name()), key.index()));
        }
        ownTable.addAll(properties.subList(parent.columns().size(), properties.size()));
        views.add(view(mapper, own.table(), ownTable));
        return register(mapper, hierarchy, views);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Column<?> keyColumn(Column<?> baseKey, Table baseTable) {
        Column column = Column.of(baseKey.name(), baseKey.type());
        column.primaryKey();
        return column.foreignKey(ForeignKey.to(baseTable.key() + "." + baseKey.name()));
    }

    /**
     * A mapper of one table of a joined subclass's rows. It has no listeners: the flush fires the
     * class's listeners once per row around all its tables' statements.
     */
    private static <T> Mapper<T> view(Mapper<T> mapper, Table table, List<ColumnProperty> properties) {
        return new Mapper<>(mapper.entityClass(), table, properties, null);
    }

    private <T> Mapper<T> register(Mapper<T> mapper, MapperHierarchy hierarchy, List<Mapper<?>> tableMappers) {
        hierarchy.tableMappers = List.copyOf(tableMappers);
        mapper.hierarchy(hierarchy);
        if (hierarchy.parent != null) {
            hierarchy.parent.hierarchy().subclasses.add(mapper);
        }
        if (hierarchy.identity != null) {
            Mapper<?> other = hierarchy.byIdentity.putIfAbsent(hierarchy.identity, mapper);
            if (other != null) {
                throw new MappingError("Classes " + other.entityClass().getName() + " and " + mapper.entityClass().getName()
                        + " both have @PolymorphicIdentity(\"" + hierarchy.identity + "\"); give each class its own");
            }
        }
        return mapper;
    }

    private static String identity(Class<?> type) {
        PolymorphicIdentity identity = type.getAnnotation(PolymorphicIdentity.class);
        return identity == null ? null : identity.value();
    }

    private static ColumnProperty discriminator(Mapper<?> base) {
        String name = base.entityClass().getAnnotation(PolymorphicOn.class).value();
        ColumnProperty property = base.columns().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new MappingError("Class " + base.entityClass().getName() + " has @PolymorphicOn(\""
                        + name + "\") but no mapped field '" + name + "'; its attributes are "
                        + base.columns().stream().map(ColumnProperty::name).toList()));
        if (property.javaType() != String.class) {
            throw new MappingError("Field " + base.entityClass().getName() + "." + name + " is the @PolymorphicOn"
                    + " discriminator but has type " + property.javaType().getSimpleName() + "; make it a String");
        }
        return property;
    }

    private static String where(Field field) {
        return "Field " + field.getDeclaringClass().getName() + "." + field.getName();
    }
}
