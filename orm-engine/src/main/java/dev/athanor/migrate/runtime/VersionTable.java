package dev.athanor.migrate.runtime;

import dev.athanor.engine.Connection;
import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.PrimaryKeyConstraint;
import dev.athanor.schema.Table;
import dev.athanor.schema.ddl.CreateTable;
import dev.athanor.schema.ddl.DropTable;
import dev.athanor.sql.Sql;
import dev.athanor.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The table recording where a database is, as {@code alembic_version}: one row per current head,
 * so a database on two branches has two rows. Every statement goes through a
 * {@link MigrationContext}, so the same code runs online and writes offline scripts.
 */
final class VersionTable {
    private final Table table;
    private final Column<String> versionNum;

    VersionTable(String name) {
        this.table = new MetaData().table(name, Column.of("version_num", Types.string(32)).notNull(),
                new PrimaryKeyConstraint("version_num").name(name + "_pkc"));
        this.versionNum = (Column<String>) table.c("version_num", String.class);
    }

    String name() {
        return table.name();
    }

    boolean exists(Connection connection) {
        return connection.inspector().hasTable(table.name());
    }

    void create(MigrationContext context) {
        context.dialect().ddlCompiler().compile(new CreateTable(table)).forEach(context::execute);
    }

    void drop(MigrationContext context) {
        context.dialect().ddlCompiler().compile(new DropTable(table)).forEach(context::execute);
    }

    /** The heads recorded, sorted; none when the table does not exist yet. */
    Set<String> heads(Connection connection) {
        if (!exists(connection)) {
            return Set.of();
        }
        List<String> rows = connection.execute(Sql.select(versionNum)).<String>scalars().all();
        return new TreeSet<>(rows);
    }

    /**
     * Moves the recorded heads from {@code before} to {@code after}: an {@code UPDATE} where one
     * head replaces another, {@code DELETE}s and {@code INSERT}s for the rest.
     */
    void change(MigrationContext context, Set<String> before, Set<String> after) {
        List<String> removed = new ArrayList<>(new TreeSet<>(before));
        removed.removeAll(after);
        List<String> added = new ArrayList<>(new TreeSet<>(after));
        added.removeAll(before);
        while (!removed.isEmpty() && !added.isEmpty()) {
            context.execute(Sql.update(table).values(versionNum, added.remove(0))
                    .where(versionNum.eq(removed.remove(0))));
        }
        for (String head : removed) {
            context.execute(Sql.delete(table).where(versionNum.eq(head)));
        }
        for (String head : added) {
            context.execute(Sql.insert(table).values(Map.of(versionNum, head)));
        }
    }

    /** Deletes every row, for {@code stamp --purge}. */
    void purge(MigrationContext context) {
        context.execute(Sql.delete(table));
    }
}
