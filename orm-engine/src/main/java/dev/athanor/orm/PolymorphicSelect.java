package dev.athanor.orm;

import dev.athanor.orm.annotation.InheritanceType;
import dev.athanor.exc.InvalidRequestError;
import dev.athanor.sql.ColumnElement;
import dev.athanor.sql.Delete;
import dev.athanor.sql.Executable;
import dev.athanor.sql.Update;
import dev.athanor.sql.FromClause;
import dev.athanor.sql.Select;
import dev.athanor.sql.SelectItem;
import dev.athanor.sql.Sql;
import dev.athanor.sql.TableClause;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a select of mapped classes of an inheritance hierarchy before a session runs it, as
 * SQLAlchemy's ORM compile step does with its {@code with_polymorphic("*")}:
 * <ul>
 *   <li>each entity is loaded with the columns of all its subclasses, appended after the select
 *       list the caller wrote, so a row becomes the class its discriminator names in the one query;
 *   <li>a joined-table subclass table the select reads is joined to the base table by key: an
 *       inner join for the class selected ({@code select(Engineer.class)} →
 *       {@code FROM employee JOIN engineer ON employee.id = engineer.id}), a LEFT OUTER JOIN for the
 *       subclasses of a selected class;
 *   <li>a single-table subclass is filtered by discriminator ({@code WHERE employee.type IN (?)}).
 * </ul>
 * Selects without hierarchy classes are returned unchanged. {@link #bulk} does the same for
 * ORM-enabled UPDATE and DELETE.
 *
 * @param statement the select to run
 * @param extras per entity item (by its offset), the select-list position of each subclass column
 */
record PolymorphicSelect(Select statement, Map<Integer, Map<ColumnProperty, Integer>> extras) {

    /** The select to run for {@code select} whose select list holds {@code items}. */
    static PolymorphicSelect of(Select select, List<Loader.Item> items, Registry registry) {
        if (!registry.hasHierarchies()) {
            return new PolymorphicSelect(select, Map.of());
        }
        Select statement = select;
        Map<Integer, Map<ColumnProperty, Integer>> extras = new HashMap<>();
        Set<TableClause> outer = Collections.newSetFromMap(new IdentityHashMap<>());
        int next = select.selectedColumns().size();
        for (Loader.Item item : items) {
            Mapper<?> mapper = item.mapper();
            if (mapper == null || mapper.hierarchy() == null) {
                continue;
            }
            if (mapper.inheritance().orElseThrow() == InheritanceType.SINGLE_TABLE && mapper.inherits().isPresent()) {
                statement = statement.where(discriminatorIn(mapper));
            }
            Map<ColumnProperty, Integer> positions = new HashMap<>();
            for (Mapper<?> sub : MapperHierarchy.selfAndDescendants(mapper)) {
                if (sub == mapper) {
                    continue;
                }
                EntityTable<?> table = EntityTable.of(sub.entityClass());
                List<? extends ColumnElement<?>> attributes = table.columns();
                int inherited = sub.inherits().orElseThrow().columns().size();
                for (ColumnProperty property : sub.columns().subList(inherited, sub.columns().size())) {
                    statement = statement.addColumns(attributes.get(property.index()));
                    positions.put(property, next++);
                }
                outer.add(table);
            }
            extras.put(item.offset(), positions);
        }
        statement = joinTables(statement, registry, outer);
        return new PolymorphicSelect(statement, extras);
    }

    /**
     * Joins every joined-table subclass table the select reads to its base table, when the
     * select reads the base table too ({@code select(Engineer_.engineerInfo).where(Engineer_.id.eq(1))}).
     */
    static Select joinTables(Select select, Registry registry) {
        return joinTables(select, registry, Set.of());
    }

    private static Select joinTables(Select select, Registry registry, Set<TableClause> outer) {
        Set<TableClause> explicit = Collections.newSetFromMap(new IdentityHashMap<>());
        select.explicitFroms().forEach(from -> explicit.addAll(from.tables()));
        List<FromClause> froms = select.froms();
        Select statement = select;
        for (FromClause from : froms) {
            Mapper<?> mapper = from instanceof EntityTable<?> table && !explicit.contains(table)
                    && registry.isMapped(table.entity()) ? registry.mapper(table.entity()) : null;
            if (mapper == null || mapper.inherits().isEmpty() || from != EntityTable.of(mapper.entityClass())
                    || mapper.inheritance().orElseThrow() != InheritanceType.JOINED) {
                continue;
            }
            EntityTable<?> base = EntityTable.of(mapper.baseMapper().entityClass());
            if (!explicit.contains(base) && froms.stream().noneMatch(f -> f == base)) {
                continue; // only the subclass's own columns are read: its table alone answers
            }
            if (!explicit.contains(base)) {
                statement = statement.selectFrom(base);
                explicit.add(base);
            }
            EntityTable<?> table = (EntityTable<?>) from;
            ColumnElement<Boolean> on = keyJoin(mapper.baseMapper(), base, table);
            statement = outer.contains(table) ? statement.outerJoin(table, on) : statement.join(table, on);
            explicit.add(table);
        }
        return statement;
    }

    /** {@code employee.id = engineer.id}: the base key equals the subclass table's copy of it. */
    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> keyJoin(Mapper<?> base, EntityTable<?> baseTable, EntityTable<?> table) {
        List<ColumnElement<Boolean>> pairs = new ArrayList<>();
        for (ColumnProperty key : base.primaryKey()) {
            ColumnAttribute<?, ?> baseKey = baseTable.attribute(key.name());
            pairs.add(baseKey.eq(table.inheritedKey(baseKey)));
        }
        return pairs.size() == 1 ? pairs.get(0) : Sql.and(pairs.toArray(ColumnElement[]::new));
    }

    /**
     * An ORM-enabled INSERT, UPDATE or DELETE of a hierarchy class as it can run: a single-table
     * subclass's UPDATE or DELETE gets {@code AND type IN (…)} so it touches only its own rows; a
     * joined-table subclass spans several tables, which one statement cannot write, so it is refused.
     *
     * @throws InvalidRequestError for a joined-table subclass
     */
    static <S extends Executable> S bulk(S statement, Mapper<?> mapper) {
        if (mapper.inherits().isEmpty()) {
            return statement;
        }
        if (mapper.inheritance().orElseThrow() == InheritanceType.JOINED) {
            throw new InvalidRequestError("Cannot run a bulk " + statement.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT)
                    + " of " + mapper.entityClass().getSimpleName() + ": it is a joined-table subclass whose rows span tables "
                    + mapper.tables().stream().map(t -> t.name()).toList() + "; load the objects and change them through"
                    + " the session, or write a Core statement per table");
        }
        // aim it at the base's table, which every attribute of the subclass renders against, so the
        // statement names one table (a second table instance would read as UPDATE … FROM)
        EntityTable<?> table = EntityTable.of(mapper.baseMapper().entityClass());
        Object adapted = statement;
        if (statement instanceof Update update) {
            Map<String, Object> byName = new java.util.LinkedHashMap<>();
            update.values().forEach((column, value) -> byName.put(column.name(), value));
            Update rebuilt = Sql.update(table).values(byName).where(onlyOwnRows(update.whereClause(), mapper));
            adapted = update.returning().isEmpty() ? rebuilt : rebuilt.returning(update.returning().toArray(SelectItem[]::new));
        } else if (statement instanceof Delete delete) {
            Delete rebuilt = Sql.delete(table).where(onlyOwnRows(delete.whereClause(), mapper));
            adapted = delete.returning().isEmpty() ? rebuilt : rebuilt.returning(delete.returning().toArray(SelectItem[]::new));
        }
        @SuppressWarnings("unchecked")
        S result = (S) adapted;
        return result;
    }

    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean>[] onlyOwnRows(ColumnElement<Boolean> where, Mapper<?> mapper) {
        return where == null ? new ColumnElement[] {discriminatorIn(mapper)}
                : new ColumnElement[] {where, discriminatorIn(mapper)};
    }

    /** {@code employee.type IN ('manager', …)}: a single-table class and its subclasses. */
    @SuppressWarnings("unchecked")
    static ColumnElement<Boolean> discriminatorIn(Mapper<?> mapper) {
        Mapper<?> base = mapper.baseMapper();
        ColumnAttribute<?, Object> column = (ColumnAttribute<?, Object>) EntityTable.of(base.entityClass())
                .attribute(base.polymorphicOn().orElseThrow().name());
        return column.in(new ArrayList<Object>(MapperHierarchy.identities(mapper)));
    }
}
