package dev.athanor.orm;

import dev.athanor.exc.MappingError;
import dev.athanor.orm.annotation.Check;
import dev.athanor.orm.annotation.Index;
import dev.athanor.orm.annotation.Unique;
import dev.athanor.orm.annotation.Version;
import dev.athanor.orm.internal.AttributeAccessor;
import dev.athanor.orm.internal.ColumnTypes;
import dev.athanor.orm.internal.Constructors;
import dev.athanor.orm.internal.MappedFields;
import dev.athanor.orm.internal.MappedHierarchy;
import dev.athanor.orm.internal.Naming;
import dev.athanor.schema.CheckConstraint;
import dev.athanor.schema.Column;
import dev.athanor.schema.ForeignKey;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.ReferentialAction;
import dev.athanor.schema.SchemaItem;
import dev.athanor.schema.Table;
import dev.athanor.schema.UniqueConstraint;
import dev.athanor.types.SqlType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Turns one annotated class into its {@link Table} and {@link Mapper}, reporting mistakes as {@link MappingError}s. */
final class MapperBuilder<T> {
    private final Class<T> entityClass;
    private final dev.athanor.orm.annotation.Table annotation;
    /** Set for a subclass of an inheritance hierarchy, which maps only the fields below its parent. */
    private List<Field> ownFields;
    /** Columns a hierarchy adds to this table: a joined subclass's key, single-table subclasses' columns. */
    private List<Column<?>> keyColumns = List.of();
    private List<Column<?>> subclassColumns = List.of();

    MapperBuilder(Class<T> entityClass) {
        this.entityClass = entityClass;
        // a single-table subclass has no @Table: it is mapped into its base class's table
        Class<?> tableClass = MappedHierarchy.isMapped(entityClass) ? MappedHierarchy.tableClass(entityClass) : null;
        this.annotation = tableClass == null ? null : tableClass.getAnnotation(dev.athanor.orm.annotation.Table.class);
        if (annotation == null) {
            throw new MappingError("Class " + entityClass.getName() + " is not mapped; annotate it with @Table");
        }
    }

    /** The table's key in the MetaData, {@code [schema.]name}. */
    String tableKey() {
        String name = Naming.tableName(annotation.value(), MappedHierarchy.tableClass(entityClass).getSimpleName());
        return annotation.schema().isEmpty() ? name : annotation.schema() + "." + name;
    }

    Mapper<T> build(MetaData metadata) {
        Supplier<Object> constructor = constructor();
        List<Field> fields = ownFields != null ? ownFields : MappedFields.of(entityClass);
        List<SchemaItem> items = new ArrayList<>(keyColumns);
        List<Column<?>> columns = new ArrayList<>();
        for (Field field : fields) {
            Column<?> column = column(field);
            columns.add(column);
            items.add(column);
        }
        items.addAll(subclassColumns);
        if (keyColumns.isEmpty() && columns.stream().noneMatch(Column::isPrimaryKey)) {
            throw new MappingError("Class " + entityClass.getName() + " (table '" + tableKey() + "') has no primary key;"
                    + " mark a field @Column(primaryKey = true)");
        }
        for (Index index : annotation.indexes()) {
            dev.athanor.schema.Index item = new dev.athanor.schema.Index(blankToNull(index.name()), index.columns());
            items.add(index.unique() ? item.unique() : item);
        }
        for (Unique unique : annotation.uniqueConstraints()) {
            UniqueConstraint item = new UniqueConstraint(unique.columns());
            items.add(unique.name().isEmpty() ? item : item.name(unique.name()));
        }
        for (Check check : annotation.checks()) {
            CheckConstraint item = new CheckConstraint(check.value());
            items.add(check.name().isEmpty() ? item : item.name(check.name()));
        }
        String name = Naming.tableName(annotation.value(), entityClass.getSimpleName());
        Table table;
        try {
            table = metadata.table(blankToNull(annotation.schema()), name, items.toArray(SchemaItem[]::new));
        } catch (MappingError e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MappingError("Class " + entityClass.getName() + " cannot be mapped to table '" + tableKey()
                    + "': " + e.getMessage(), e);
        }
        List<ColumnProperty> properties = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            properties.add(new ColumnProperty(field.getName(), columns.get(i), AttributeAccessor.of(field),
                    field.isAnnotationPresent(Version.class), i));
        }
        return new Mapper<>(entityClass, table, properties, constructor, MappedFields.relationships(entityClass));
    }

    /** Maps only these fields (a subclass's own), after {@code keyColumns}, and adds {@code subclassColumns}. */
    void inheritance(List<Field> ownFields, List<Column<?>> keyColumns, List<Column<?>> subclassColumns) {
        this.ownFields = ownFields;
        this.keyColumns = keyColumns;
        this.subclassColumns = subclassColumns;
    }

    Class<T> entityClass() {
        return entityClass;
    }

    Column<?> column(Field field) {
        dev.athanor.orm.annotation.Column options = field.getAnnotation(dev.athanor.orm.annotation.Column.class);
        String name = Naming.columnName(options == null ? "" : options.name(), field.getName());
        SqlType<?> type = ColumnTypes.forField(field);
        Column<?> column = Column.of(name, type);
        boolean primaryKey = options != null && options.primaryKey();
        if (primaryKey) {
            column.primaryKey().autoincrement(options.autoincrement());
        }
        boolean version = field.isAnnotationPresent(Version.class);
        if (version && !isInteger(field.getType())) {
            throw new MappingError(where(field) + " is @Version but has type " + field.getType().getSimpleName()
                    + "; a version counter must be an int, long, Integer or Long");
        }
        if (field.getType().isPrimitive() || primaryKey || version || (options != null && !options.nullable())) {
            column.notNull();
        }
        if (options != null) {
            if (options.unique()) {
                column.unique();
            }
            if (options.index()) {
                column.index();
            }
            if (!options.serverDefault().isEmpty()) {
                column.serverDefault(options.serverDefault());
            }
            if (options.insertDefault() != dev.athanor.orm.annotation.Column.NoValue.class) {
                column.defaultValue(supplier(field, options.insertDefault()));
            }
            if (options.onUpdate() != dev.athanor.orm.annotation.Column.NoValue.class) {
                column.onUpdate(supplier(field, options.onUpdate()));
            }
        }
        dev.athanor.orm.annotation.ForeignKey foreignKey = field.getAnnotation(dev.athanor.orm.annotation.ForeignKey.class);
        if (foreignKey != null) {
            column.foreignKey(foreignKey(field, foreignKey));
        }
        return column;
    }

    private ForeignKey foreignKey(Field field, dev.athanor.orm.annotation.ForeignKey annotation) {
        ForeignKey foreignKey;
        try {
            foreignKey = ForeignKey.to(annotation.value());
        } catch (RuntimeException e) {
            throw new MappingError(where(field) + ": " + e.getMessage(), e);
        }
        if (!annotation.name().isEmpty()) {
            foreignKey = foreignKey.name(annotation.name());
        }
        if (!annotation.onDelete().isEmpty()) {
            foreignKey = foreignKey.onDelete(action(field, "onDelete", annotation.onDelete()));
        }
        if (!annotation.onUpdate().isEmpty()) {
            foreignKey = foreignKey.onUpdate(action(field, "onUpdate", annotation.onUpdate()));
        }
        return foreignKey;
    }

    private ReferentialAction action(Field field, String option, String text) {
        String normalized = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        try {
            return ReferentialAction.valueOf(normalized);
        } catch (IllegalArgumentException e) {
            throw new MappingError(where(field) + ": @ForeignKey(" + option + " = \"" + text + "\") is not an action;"
                    + " use CASCADE, SET NULL, SET DEFAULT, RESTRICT or NO ACTION");
        }
    }

    private Supplier<?> supplier(Field field, Class<? extends Supplier<?>> supplierClass) {
        try {
            Constructor<? extends Supplier<?>> constructor = supplierClass.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new MappingError(where(field) + ": " + supplierClass.getName() + " cannot be created (" + e
                    + "); give it a no-arg constructor", e);
        }
    }

    Supplier<Object> constructor() {
        try {
            return Constructors.of(entityClass);
        } catch (NoSuchMethodException e) {
            throw new MappingError("Class " + entityClass.getName() + " has no no-arg constructor; add one (any visibility)"
                    + " so the session can create instances when it loads rows");
        } catch (IllegalAccessException e) {
            throw new MappingError("Class " + entityClass.getName() + " cannot be instantiated: " + e.getMessage()
                    + "; open its package to dev.athanor", e);
        }
    }

    private static boolean isInteger(Class<?> type) {
        return type == int.class || type == long.class || type == Integer.class || type == Long.class;
    }

    private static String where(Field field) {
        return "Field " + field.getDeclaringClass().getName() + "." + field.getName();
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
