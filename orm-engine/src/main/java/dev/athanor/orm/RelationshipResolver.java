package dev.athanor.orm;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.exc.MappingError;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.UseList;
import dev.athanor.schema.Column;
import dev.athanor.schema.ForeignKey;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.Table;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The second phase of building a registry: once every mapped table exists, each
 * {@link RelationshipProperty} finds its target mapper, its direction and its join columns from
 * the foreign keys between the tables, and its {@code backPopulates} partner. Every mistake is a
 * {@link MappingError} naming the class and field.
 */
final class RelationshipResolver {
    private final MetaData metadata;
    private final Map<Class<?>, Mapper<?>> mappers;

    RelationshipResolver(MetaData metadata, Map<Class<?>, Mapper<?>> mappers) {
        this.metadata = metadata;
        this.mappers = mappers;
    }

    void resolveAll() {
        mappers.values().forEach(mapper -> mapper.relationships().forEach(this::resolve));
        mappers.values().forEach(mapper -> mapper.relationships().forEach(this::pairBackPopulates));
    }

    private void resolve(RelationshipProperty relationship) {
        Field field = relationship.field();
        Relationship options = relationship.options();
        String where = where(relationship);
        Class<?> fieldType = field.getType();
        boolean writeOnly = fieldType == WriteOnlyCollection.class;
        if (writeOnly != (options.lazy() == Lazy.WRITE_ONLY)) {
            throw new MappingError(where + (writeOnly ? " is a WriteOnlyCollection; declare it @Relationship(lazy ="
                    + " Lazy.WRITE_ONLY)" : " has lazy = WRITE_ONLY; declare the field as WriteOnlyCollection<T>"));
        }
        boolean collection = writeOnly || Collection.class.isAssignableFrom(fieldType);
        Class<?> targetClass = fieldType;
        if (writeOnly) {
            targetClass = elementType(field, where);
            relationship.collectionType = WriteOnlyCollection.class;
        } else if (collection) {
            if (fieldType != List.class && fieldType != Set.class && fieldType != Collection.class) {
                throw new MappingError(where + " has type " + fieldType.getSimpleName() + "; declare a relationship"
                        + " collection as List<T>, Set<T> or Collection<T> so the session can put its own collection in it");
            }
            targetClass = elementType(field, where);
            relationship.collectionType = fieldType == Set.class ? Set.class : List.class;
        }
        if (options.uselist() == UseList.TRUE && !collection || options.uselist() == UseList.FALSE && collection) {
            throw new MappingError(where + " has uselist = " + options.uselist() + " but its type is "
                    + fieldType.getSimpleName() + "; a collection needs a List/Set field, a single object a field of the"
                    + " target class");
        }
        Mapper<?> target = mappers.get(targetClass);
        if (target == null) {
            throw new MappingError(where + " is a @Relationship to " + targetClass.getName() + ", which is not mapped by"
                    + " this registry; annotate it with @Table and register it (Registry.of or a scanned package)");
        }
        relationship.target = target;
        relationship.collection = collection;
        // a read-only relationship passes nothing on, as SQLAlchemy's viewonly
        relationship.cascade = options.viewOnly() ? java.util.Set.of() : CascadeOption.parse(options.cascade(), where);
        if (options.secondary().isEmpty()) {
            resolveDirect(relationship, where);
        } else {
            resolveSecondary(relationship, where);
        }
        relationship.localProperties = properties(relationship.parent(), relationship.localColumns);
        if (relationship.kind == RelationshipKind.MANY_TO_MANY) {
            relationship.targetProperties = properties(target, relationship.targetColumns);
        } else {
            relationship.remoteProperties = properties(target, relationship.remoteColumns);
        }
        relationship.orderBy = orderBy(relationship, where);
    }

    private void resolveDirect(RelationshipProperty relationship, String where) {
        Table parentTable = relationship.parent().table();
        Table targetTable = relationship.target.table();
        List<String> chosen = Arrays.asList(relationship.options().foreignKeys());
        List<Column<?>> outgoing = chosen(foreignKeyColumns(parentTable, targetTable), relationship.parent(), chosen);
        List<Column<?>> incoming = chosen(foreignKeyColumns(targetTable, parentTable), relationship.target, chosen);
        RelationshipKind kind;
        List<Column<?>> keys;
        if (parentTable == targetTable) {
            keys = outgoing;
            kind = selfReferentialKind(relationship, keys, where);
        } else if (!relationship.collection && !outgoing.isEmpty()) {
            kind = RelationshipKind.MANY_TO_ONE;
            keys = outgoing;
        } else {
            kind = RelationshipKind.ONE_TO_MANY;
            keys = incoming;
        }
        if (keys.isEmpty()) {
            throw new MappingError(where + ": no foreign key " + (chosen.isEmpty() ? "" : "named by foreignKeys " + chosen + " ")
                    + "links table '" + parentTable.key() + "' and table '" + targetTable.key() + "'; add @ForeignKey to a"
                    + " field of one of them, or name an association table with secondary");
        }
        if (keys.size() > 1 && chosen.isEmpty()) {
            throw new MappingError(where + ": ambiguous foreign keys: columns " + keys.stream()
                    .map(c -> "'" + c.table().name() + "." + c.name() + "'").toList() + " all reference table '"
                    + (keys.get(0).table() == parentTable ? targetTable : parentTable).key() + "'; pick one with"
                    + " @Relationship(foreignKeys = \"" + attributeName(keys.get(0)) + "\")");
        }
        relationship.kind = kind;
        List<Column<?>> referred = keys.stream().<Column<?>>map(c -> referredColumn(c, where)).toList();
        boolean toTarget = kind == RelationshipKind.MANY_TO_ONE;
        relationship.localColumns = toTarget ? keys : referred;
        relationship.remoteColumns = toTarget ? referred : keys;
    }

    /** Direction of a self-referential link: remoteSide naming the referred key makes it many-to-one. */
    private RelationshipKind selfReferentialKind(RelationshipProperty relationship, List<Column<?>> keys, String where) {
        String[] remoteSide = relationship.options().remoteSide();
        if (remoteSide.length == 0) {
            if (!relationship.collection) {
                throw new MappingError(where + " refers to its own class without remoteSide; for the parent side of a tree"
                        + " write @Relationship(remoteSide = \"id\")");
            }
            return RelationshipKind.ONE_TO_MANY;
        }
        Mapper<?> mapper = relationship.parent();
        List<Column<?>> remote = Arrays.stream(remoteSide).<Column<?>>map(name -> column(mapper, name, where, "remoteSide"))
                .toList();
        if (keys.stream().anyMatch(remote::contains)) {
            return RelationshipKind.ONE_TO_MANY;
        }
        return RelationshipKind.MANY_TO_ONE;
    }

    private void resolveSecondary(RelationshipProperty relationship, String where) {
        String name = relationship.options().secondary();
        Table secondary = metadata.tables().stream().filter(t -> t.key().equals(name)).findFirst().orElseThrow(() ->
                new MappingError(where + " has secondary = \"" + name + "\" but the registry's MetaData has no such table;"
                        + " declare it with metadata.table(…) and build the registry with Registry.of(metadata, classes),"
                        + " or map a class to it; tables known: " + metadata.tables().stream().map(Table::key).toList()));
        Table parentTable = relationship.parent().table();
        Table targetTable = relationship.target.table();
        List<String> chosen = Arrays.asList(relationship.options().foreignKeys());
        List<Column<?>> toParent = foreignKeyColumns(secondary, parentTable);
        List<Column<?>> toTarget = foreignKeyColumns(secondary, targetTable);
        if (parentTable == targetTable) {
            // both sides reference one table: foreignKeys names the columns pointing at the parent
            List<Column<?>> all = toParent;
            toParent = all.stream().filter(c -> chosen.contains(c.name())).toList();
            toTarget = all.stream().filter(c -> !chosen.contains(c.name())).toList();
        }
        if (toParent.isEmpty() || toTarget.isEmpty()) {
            throw new MappingError(where + ": secondary table '" + name + "' needs foreign keys to both '" + parentTable.key()
                    + "' and '" + targetTable.key() + "'" + (parentTable == targetTable
                    ? "; for a self-referential many-to-many name the columns pointing at this side in foreignKeys" : ""));
        }
        relationship.kind = RelationshipKind.MANY_TO_MANY;
        relationship.secondary = secondary;
        relationship.remoteColumns = toParent;
        relationship.localColumns = toParent.stream().<Column<?>>map(c -> referredColumn(c, where)).toList();
        relationship.secondaryTargetColumns = toTarget;
        relationship.targetColumns = toTarget.stream().<Column<?>>map(c -> referredColumn(c, where)).toList();
    }

    private void pairBackPopulates(RelationshipProperty relationship) {
        String name = relationship.options().backPopulates();
        if (name.isEmpty()) {
            return;
        }
        String where = where(relationship);
        Mapper<?> target = relationship.target;
        RelationshipProperty other = target.relationships().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new MappingError(where + " has backPopulates = \"" + name + "\" but "
                        + target.entityClass().getName() + " has no relationship '" + name + "'; its relationships are "
                        + target.relationships().stream().map(RelationshipProperty::name).toList()));
        if (!other.options().backPopulates().equals(relationship.name()) || other.target != relationship.parent()) {
            throw new MappingError(where + " has backPopulates = \"" + name + "\" but " + other.qualifiedName()
                    + " does not point back (its backPopulates is \"" + other.options().backPopulates() + "\"); set"
                    + " @Relationship(backPopulates = \"" + relationship.name() + "\") on "
                    + target.entityClass().getName() + "." + name);
        }
        relationship.backPopulates = other;
    }

    private List<RelationshipProperty.Order> orderBy(RelationshipProperty relationship, String where) {
        String text = relationship.options().orderBy().trim();
        if (text.isEmpty()) {
            return List.of();
        }
        List<RelationshipProperty.Order> orders = new ArrayList<>();
        for (String term : text.split(",")) {
            String[] words = term.trim().split("\\s+");
            boolean descending = words.length > 1 && words[1].toLowerCase(Locale.ROOT).equals("desc");
            if (words.length > 2 || words.length == 2 && !descending && !words[1].equalsIgnoreCase("asc")) {
                throw new MappingError(where + " has orderBy term '" + term.trim() + "'; write \"attribute [asc|desc]\"");
            }
            try {
                orders.add(new RelationshipProperty.Order(relationship.target.property(words[0]), descending));
            } catch (InvalidRequestError e) {
                throw new MappingError(where + " has orderBy = \"" + text + "\": " + e.getMessage(), e);
            }
        }
        return List.copyOf(orders);
    }

    /** Columns of {@code from} with a foreign key to {@code to}. */
    private static List<Column<?>> foreignKeyColumns(Table from, Table to) {
        List<Column<?>> columns = new ArrayList<>();
        for (Column<?> column : from.columns()) {
            for (ForeignKey foreignKey : column.foreignKeys()) {
                if (referredKey(foreignKey).equals(to.key())) {
                    columns.add(column);
                }
            }
        }
        return columns;
    }

    /** Narrows candidate columns to those {@code foreignKeys} names (by attribute or column), when it names any. */
    private static List<Column<?>> chosen(List<Column<?>> candidates, Mapper<?> owner, List<String> names) {
        if (names.isEmpty()) {
            return candidates;
        }
        return candidates.stream().filter(c -> names.contains(c.name()) || owner.columns().stream()
                .anyMatch(p -> p.column() == c && names.contains(p.name()))).toList();
    }

    private Column<?> referredColumn(Column<?> column, String where) {
        ForeignKey foreignKey = column.foreignKeys().get(0);
        Table referred = metadata.table(referredKey(foreignKey));
        return referred.columns().stream().filter(c -> c.name().equals(foreignKey.referredColumn())).findFirst()
                .orElseThrow(() -> new MappingError(where + ": foreign key " + foreignKey.target() + " names no column"));
    }

    private static String referredKey(ForeignKey foreignKey) {
        return foreignKey.referredSchema() == null ? foreignKey.referredTable()
                : foreignKey.referredSchema() + "." + foreignKey.referredTable();
    }

    private String attributeName(Column<?> column) {
        for (Mapper<?> mapper : mappers.values()) {
            for (ColumnProperty property : mapper.columns()) {
                if (property.column() == column) {
                    return property.name();
                }
            }
        }
        return column.name();
    }

    private static Column<?> column(Mapper<?> mapper, String name, String where, String option) {
        return mapper.columns().stream().filter(p -> p.name().equals(name) || p.column().name().equals(name))
                .findFirst().<Column<?>>map(ColumnProperty::column).orElseThrow(() -> new MappingError(where + " has "
                        + option + " \"" + name + "\" but " + mapper.entityClass().getName() + " has no such attribute"));
    }

    private static ColumnProperty[] properties(Mapper<?> mapper, List<Column<?>> columns) {
        ColumnProperty[] properties = new ColumnProperty[columns.size()];
        for (int i = 0; i < properties.length; i++) {
            Column<?> column = columns.get(i);
            properties[i] = mapper.columns().stream().filter(p -> p.column() == column).findFirst()
                    .orElseGet(() -> keyCopy(mapper, column));
        }
        return properties;
    }

    /**
     * A joined-table subclass's own table repeats the base's key ({@code engineer.id} references
     * {@code staff.id}); a foreign key to that copy means the class's key property, whose field it shares.
     */
    private static ColumnProperty keyCopy(Mapper<?> mapper, Column<?> column) {
        for (Mapper<?> tableMapper : mapper.tableMappers()) {
            for (ColumnProperty property : tableMapper.columns()) {
                if (property.column() == column && property.isPrimaryKey()) {
                    return mapper.property(property.name());
                }
            }
        }
        return null;
    }

    private static Class<?> elementType(Field field, String where) {
        Type type = field.getGenericType();
        if (type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        throw new MappingError(where + " is a raw or wildcard collection; declare the element type, List<Book>");
    }

    private static String where(RelationshipProperty relationship) {
        return "Field " + relationship.parent().entityClass().getName() + "." + relationship.name();
    }
}
