package dev.athanor.migrate.autogenerate;

import dev.athanor.migrate.autogenerate.SchemaDifference.Kind;
import dev.athanor.migrate.operation.AddColumnOp;
import dev.athanor.migrate.operation.AlterColumnOp;
import dev.athanor.migrate.operation.ConstraintType;
import dev.athanor.migrate.operation.CreateForeignKeyOp;
import dev.athanor.migrate.operation.CreateIndexOp;
import dev.athanor.migrate.operation.CreateTableCommentOp;
import dev.athanor.migrate.operation.CreateTableOp;
import dev.athanor.migrate.operation.CreateUniqueConstraintOp;
import dev.athanor.migrate.operation.DropColumnOp;
import dev.athanor.migrate.operation.DropConstraintOp;
import dev.athanor.migrate.operation.DropIndexOp;
import dev.athanor.migrate.operation.DropTableCommentOp;
import dev.athanor.migrate.operation.DropTableOp;
import dev.athanor.migrate.operation.MigrateOperation;
import dev.athanor.schema.Column;
import dev.athanor.schema.Constraint;
import dev.athanor.schema.ForeignKeyConstraint;
import dev.athanor.schema.Index;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.ReferentialAction;
import dev.athanor.schema.SchemaBind;
import dev.athanor.schema.Table;
import dev.athanor.schema.reflect.ColumnInfo;
import dev.athanor.schema.reflect.ForeignKeyInfo;
import dev.athanor.schema.reflect.IndexInfo;
import dev.athanor.schema.reflect.UniqueConstraintInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the differences between a {@link MetaData} and the live schema into the operations of an
 * upgrade, as Alembic's {@code produce_migrations}: each operation carries what it replaces, so
 * the downgrade is the reverse of each in reverse order ({@link #downgradeOperations}).
 *
 * <p>The order keeps every step valid: foreign keys, unique constraints and indexes that go are
 * dropped first; new tables are created parents first; then columns are added and altered,
 * constraints and indexes created (foreign keys last, once what they refer to exists); columns and
 * tables that go are dropped last, children before parents. Unnamed new unique constraints and
 * foreign keys get a name ({@code uq_table_column}, {@code fk_table_column_referred}) so that the
 * downgrade can drop them. A rename reads as a drop and an add, as in Alembic.
 */
public final class MigrationProducer {
    private static final int MAX_NAME = 60;

    private final SchemaBind bind;
    private final SchemaComparator comparator;

    /** A producer reading the live schema through {@code bind} and comparing with {@code comparator}. */
    public MigrationProducer(SchemaBind bind, SchemaComparator comparator) {
        this.bind = bind;
        this.comparator = comparator;
    }

    /** The operations that bring the database to {@code metadata}; empty when they are in sync. */
    public List<MigrateOperation> upgradeOperations(MetaData metadata) {
        Map<Kind, List<Difference>> byKind = new EnumMap<>(Kind.class);
        for (Difference difference : comparator.differences(metadata)) {
            byKind.computeIfAbsent(difference.difference().kind(), k -> new ArrayList<>()).add(difference);
        }
        List<MigrateOperation> ops = new ArrayList<>();
        for (Difference d : of(byKind, Kind.EXTRA_FOREIGN_KEY)) {
            ForeignKeyInfo fk = (ForeignKeyInfo) d.reflected();
            // an unnamed foreign key (SQLite) cannot be dropped by name; batch mode recreates the table instead
            if (fk.name() != null) {
                ops.add(new DropConstraintOp(d.table().schema(), d.table().name(), fk.name(), ConstraintType.FOREIGN_KEY,
                        foreignKey(d.table(), fk)));
            }
        }
        for (Difference d : of(byKind, Kind.EXTRA_UNIQUE_CONSTRAINT)) {
            UniqueConstraintInfo unique = (UniqueConstraintInfo) d.reflected();
            if (unique.name() != null) {
                ops.add(new DropConstraintOp(d.table().schema(), d.table().name(), unique.name(), ConstraintType.UNIQUE,
                        new CreateUniqueConstraintOp(d.table().schema(), d.table().name(), unique.name(),
                                unique.columns())));
            }
        }
        for (Difference d : of(byKind, Kind.EXTRA_INDEX)) {
            IndexInfo index = (IndexInfo) d.reflected();
            ops.add(new DropIndexOp(d.table().schema(), d.table().name(), index.name(), new CreateIndexOp(
                    d.table().schema(), d.table().name(), index.name(), index.columns(), index.unique(), null)));
        }
        List<Table> missing = of(byKind, Kind.MISSING_TABLE).stream().map(Difference::table).toList();
        metadata.sortedTables().stream().filter(missing::contains).forEach(t -> ops.add(new CreateTableOp(t)));
        for (Difference d : of(byKind, Kind.MISSING_COLUMN)) {
            ops.add(new AddColumnOp(d.table().schema(), d.table().name(), plain((Column<?>) d.declared())));
        }
        ops.addAll(alterations(byKind));
        for (Difference d : of(byKind, Kind.TABLE_COMMENT_CHANGED)) {
            String live = (String) d.reflected();
            ops.add(d.table().comment() == null ? new DropTableCommentOp(d.table().schema(), d.table().name(), live)
                    : new CreateTableCommentOp(d.table().schema(), d.table().name(), d.table().comment(), live));
        }
        for (Difference d : of(byKind, Kind.MISSING_INDEX)) {
            Index index = (Index) d.declared();
            ops.add(new CreateIndexOp(d.table().schema(), d.table().name(), index.name(), index.columnNames(),
                    index.isUnique(), index.whereClause()));
        }
        for (Difference d : of(byKind, Kind.MISSING_UNIQUE_CONSTRAINT)) {
            Constraint unique = (Constraint) d.declared();
            String name = unique.name() != null ? unique.name()
                    : limit("uq_" + d.table().name() + "_" + String.join("_", unique.columnNames()));
            ops.add(new CreateUniqueConstraintOp(d.table().schema(), d.table().name(), name, unique.columnNames()));
        }
        for (Difference d : of(byKind, Kind.MISSING_FOREIGN_KEY)) {
            ForeignKeyConstraint fk = (ForeignKeyConstraint) d.declared();
            String name = fk.name() != null ? fk.name() : limit("fk_" + d.table().name() + "_"
                    + String.join("_", fk.columnNames()) + "_" + fk.referredTableName());
            ops.add(new CreateForeignKeyOp(d.table().schema(), d.table().name(), name, fk.columnNames(),
                    fk.referredSchema(), fk.referredTableName(), fk.referredColumnNames(), fk.onDelete(),
                    fk.onUpdate()));
        }
        MetaData reflected = new MetaData();
        for (Difference d : of(byKind, Kind.EXTRA_COLUMN)) {
            ColumnInfo column = (ColumnInfo) d.reflected();
            Table live = reflected.reflectTable(bind, d.table().schema(), d.table().name());
            ops.add(new DropColumnOp(d.table().schema(), d.table().name(), column.name(), live.c(column.name())));
        }
        List<Table> extra = new ArrayList<>();
        for (Difference d : of(byKind, Kind.EXTRA_TABLE)) {
            String schema = d.difference().table().contains(".")
                    ? d.difference().table().substring(0, d.difference().table().lastIndexOf('.')) : null;
            extra.add(reflected.reflectTable(bind, schema, (String) d.reflected()));
        }
        List<Table> childrenFirst = new ArrayList<>(reflected.sortedTables());
        Collections.reverse(childrenFirst);
        childrenFirst.stream().filter(extra::contains)
                .forEach(t -> ops.add(new DropTableOp(t.schema(), t.name(), t)));
        return ops;
    }

    /** The exact inverse of {@code upgrade}: each operation's reverse, last first. */
    public static List<MigrateOperation> downgradeOperations(List<MigrateOperation> upgrade) {
        List<MigrateOperation> downgrade = new ArrayList<>();
        for (int i = upgrade.size() - 1; i >= 0; i--) {
            downgrade.add(upgrade.get(i).reverse());
        }
        return downgrade;
    }

    /** One {@code alterColumn} per column, with everything that changed and the column as it is, so it reverses. */
    private static List<AlterColumnOp> alterations(Map<Kind, List<Difference>> byKind) {
        Map<Column<?>, AlterColumnOp.Builder> builders = new LinkedHashMap<>();
        for (Kind kind : List.of(Kind.TYPE_CHANGED, Kind.NULLABILITY_CHANGED, Kind.SERVER_DEFAULT_CHANGED,
                Kind.COLUMN_COMMENT_CHANGED)) {
            for (Difference d : of(byKind, kind)) {
                Column<?> column = (Column<?>) d.declared();
                ColumnInfo live = (ColumnInfo) d.reflected();
                AlterColumnOp.Builder builder = builders.computeIfAbsent(column, c -> AlterColumnOp
                        .builder(d.table().schema(), d.table().name(), live.name())
                        .existingType(live.type()).existingNullable(live.nullable())
                        .existingServerDefault(live.serverDefault()).existingComment(live.comment()));
                switch (kind) {
                    case TYPE_CHANGED -> builder.type(column.type());
                    case NULLABILITY_CHANGED -> builder.nullable(column.isNullable());
                    case SERVER_DEFAULT_CHANGED -> builder.serverDefault(column.serverDefault());
                    default -> builder.comment(column.comment());
                }
            }
        }
        return builders.values().stream().map(AlterColumnOp.Builder::build).toList();
    }

    /** The column as a new one, without the constraints and index its table declares separately. */
    private static Column<?> plain(Column<?> mapped) {
        Column<?> column = Column.of(mapped.name(), mapped.type()).nullable(mapped.isNullable());
        if (mapped.serverDefault() != null) {
            column.serverDefault(mapped.serverDefault());
        }
        if (mapped.comment() != null) {
            column.comment(mapped.comment());
        }
        return column;
    }

    private static CreateForeignKeyOp foreignKey(Table table, ForeignKeyInfo fk) {
        return new CreateForeignKeyOp(table.schema(), table.name(), fk.name(), fk.columns(), fk.referredSchema(),
                fk.referredTable(), fk.referredColumns(), action(fk.onDelete()), action(fk.onUpdate()));
    }

    private static ReferentialAction action(String sql) {
        return sql == null ? null : ReferentialAction.valueOf(sql.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
    }

    private static String limit(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }

    private static List<Difference> of(Map<Kind, List<Difference>> byKind, Kind kind) {
        return byKind.getOrDefault(kind, List.of());
    }
}
