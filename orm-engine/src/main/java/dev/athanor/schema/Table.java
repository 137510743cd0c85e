package dev.athanor.schema;

import dev.athanor.sql.ForeignKeyReference;
import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.TableClause;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table declared in a {@link MetaData}: its columns, primary key, foreign keys, unique and
 * check constraints, and indexes. Created by {@code metadata.table("users", id, name, …)}, which
 * attaches and seals every item it is given.
 *
 * <pre>{@code
 * Table users = metadata.table("users",
 *         Column.of("id", Types.INTEGER).primaryKey(),
 *         Column.of("email", Types.string(200)).notNull().unique(),
 *         new CheckConstraint("length(email) > 3").name("email_length"));
 * }</pre>
 */
public final class Table extends TableClause {
    private final MetaData metadata;
    private final String schema;
    private final String name;
    private final List<Column<?>> columns;
    private final Map<String, Column<?>> columnsByName;
    private final PrimaryKeyConstraint primaryKey;
    private final List<ForeignKeyConstraint> foreignKeys = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private String comment;

    Table(MetaData metadata, String schema, String name, SchemaItem... items) {
        this.metadata = metadata;
        this.schema = schema;
        this.name = name;
        Map<String, Column<?>> byName = new LinkedHashMap<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        List<ForeignKeyConstraint> declaredForeignKeys = new ArrayList<>();
        PrimaryKeyConstraint declaredPrimaryKey = null;
        for (SchemaItem item : items) {
            if (item instanceof Column<?> column) {
                if (byName.putIfAbsent(column.name(), column) != null) {
                    throw new ArgumentError("Table '" + name + "' declares column '" + column.name() + "' twice");
                }
                column.checkFree(this);
                column.foreignKeys().forEach(fk -> declaredForeignKeys.add(ForeignKeyConstraint.forColumn(column, fk)));
                if (column.isUnique()) {
                    uniques.add(new UniqueConstraint(column.name()));
                }
                if (column.isIndexed()) {
                    indexes.add(new Index(null, column.name()));
                }
            } else if (item instanceof PrimaryKeyConstraint pk) {
                if (declaredPrimaryKey != null) {
                    throw new ArgumentError("Table '" + name + "' declares two PrimaryKeyConstraints; merge them into one");
                }
                declaredPrimaryKey = pk;
            } else if (item instanceof ForeignKeyConstraint fk) {
                declaredForeignKeys.add(fk);
            } else if (item instanceof UniqueConstraint unique) {
                uniques.add(unique);
            } else if (item instanceof CheckConstraint check) {
                checks.add(check);
            } else if (item instanceof Index index) {
                indexes.add(index);
            } else if (item == null) {
                throw new ArgumentError("Table '" + name + "' was given a null item");
            }
        }
        if (byName.isEmpty()) {
            throw new ArgumentError("Table '" + name + "' needs at least one Column");
        }
        this.columns = List.copyOf(byName.values());
        this.columnsByName = byName;
        this.primaryKey = primaryKey(declaredPrimaryKey);

        // Validate everything before attaching anything, so a failed declaration leaves its items reusable.
        for (Column<?> column : columns) {
            column.validate(this);
        }
        if (declaredPrimaryKey != null) {
            declaredPrimaryKey.checkFree(this);
        }
        for (Constraint constraint : concat(declaredForeignKeys, uniques, checks)) {
            constraint.checkFree(this);
            resolve(constraint.columnNames(), constraint.kind());
        }
        for (Index index : indexes) {
            index.checkFree(this);
            resolve(index.columnNames(), "Index" + index.columnNames());
        }
        for (Column<?> column : columns) {
            column.attach(this);
        }
        attach(primaryKey);
        for (ForeignKeyConstraint fk : declaredForeignKeys) {
            attach(fk);
            foreignKeys.add(fk);
        }
        uniques.forEach(this::attach);
        checks.forEach(this::attach);
        if (!primaryKey.columns().isEmpty()) {
            constraints.add(primaryKey);
        }
        constraints.addAll(foreignKeys);
        constraints.addAll(uniques);
        constraints.addAll(checks);
        for (Index index : indexes) {
            index.attach(this, resolve(index.columnNames(), "Index" + index.columnNames()));
            index.assignName(metadata.namingConvention().nameFor(index));
            if (index.name() == null) {
                throw new ArgumentError("Index" + index.columnNames() + " on table '" + name + "' has no name and the"
                        + " naming convention has no index template; name the index or set NamingConvention.index");
            }
        }
    }

    private static List<Constraint> concat(List<? extends Constraint> a, List<? extends Constraint> b,
                                           List<? extends Constraint> c) {
        List<Constraint> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    private PrimaryKeyConstraint primaryKey(PrimaryKeyConstraint declared) {
        List<String> flagged = columns.stream().filter(Column::isPrimaryKey).map(Column::name).toList();
        if (declared == null) {
            return new PrimaryKeyConstraint(flagged);
        }
        for (String column : flagged) {
            if (!declared.columnNames().contains(column)) {
                throw new ArgumentError("Table '" + name + "': column '" + column + "' is marked primaryKey() but the"
                        + " PrimaryKeyConstraint names " + declared.columnNames() + "; declare the key in one place");
            }
        }
        for (Column<?> column : resolve(declared.columnNames(), declared.kind())) {
            column.markPrimaryKey();
        }
        return declared;
    }

    private void attach(Constraint constraint) {
        constraint.attach(this, resolve(constraint.columnNames(), constraint.kind()));
        constraint.assignName(metadata.namingConvention().nameFor(constraint));
    }

    private List<Column<?>> resolve(List<String> names, String what) {
        List<Column<?>> resolved = new ArrayList<>();
        for (String columnName : names) {
            Column<?> column = columnsByName.get(columnName);
            if (column == null) {
                throw new ArgumentError(what + " on table '" + name + "' names column '" + columnName
                        + "', which the table does not have; its columns are " + columnsByName.keySet());
            }
            resolved.add(column);
        }
        return resolved;
    }

    /** Sets the table's comment, stored in the database where it supports comments. */
    public Table comment(String comment) {
        this.comment = comment;
        return this;
    }

    /** The comment, or {@code null}. */
    public String comment() {
        return comment;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String schema() {
        return schema;
    }

    /** The key of this table in its MetaData: {@code schema.name}, or {@code name} without a schema. */
    public String key() {
        return MetaData.key(schema, name);
    }

    /** The MetaData this table belongs to. */
    public MetaData metadata() {
        return metadata;
    }

    @Override
    public List<Column<?>> columns() {
        return columns;
    }

    /**
     * The column with this name, its operators taking any value: {@code books.c("pages").gt(400)};
     * throws {@code NoSuchColumnError} listing the table's columns. See {@link TableClause#c(String)}.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Column<Object> c(String columnName) {
        return (Column<Object>) super.c(columnName);
    }

    /** The column with this name, or {@code null}. */
    Column<?> findColumn(String columnName) {
        return columnsByName.get(columnName);
    }

    /** The primary key; its column list is empty for a table without one. */
    public PrimaryKeyConstraint primaryKey() {
        return primaryKey;
    }

    /** The foreign keys, column-level ones first in column order, then declared ones. */
    public List<ForeignKeyConstraint> foreignKeys() {
        return List.copyOf(foreignKeys);
    }

    /** The foreign keys whose target table is in the same MetaData, for inferring join conditions. */
    @Override
    public List<ForeignKeyReference> foreignKeyReferences() {
        List<ForeignKeyReference> references = new ArrayList<>();
        for (ForeignKeyConstraint foreignKey : foreignKeys) {
            if (metadata.findTable(foreignKey.referredTableKey()) != null) {
                references.add(new ForeignKeyReference(foreignKey.columns(), foreignKey.referredColumns()));
            }
        }
        return references;
    }

    /** Every constraint in DDL order: primary key, foreign keys, unique, check. */
    public List<Constraint> constraints() {
        return List.copyOf(constraints);
    }

    /** The indexes, column-level ones first. */
    public List<Index> indexes() {
        return List.copyOf(indexes);
    }

    /** The column the database generates on insert (identity / auto-increment), if any. */
    public Optional<Column<?>> autoincrementColumn() {
        return columns.stream().<Column<?>>map(c -> c).filter(Column::isAutoincrement).findFirst();
    }

    @Override
    public String toString() {
        return key();
    }
}
