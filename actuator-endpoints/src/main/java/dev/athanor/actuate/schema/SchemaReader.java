package dev.athanor.actuate.schema;

import dev.athanor.actuate.schema.SchemaDescriptor.ColumnDescriptor;
import dev.athanor.actuate.schema.SchemaDescriptor.ConstraintDescriptor;
import dev.athanor.actuate.schema.SchemaDescriptor.ForeignKeyDescriptor;
import dev.athanor.actuate.schema.SchemaDescriptor.IndexDescriptor;
import dev.athanor.actuate.schema.SchemaDescriptor.TableDescriptor;
import dev.athanor.engine.Engine;
import dev.athanor.schema.Inspector;
import java.util.List;

/** Reads the default schema of an engine's database into descriptors through its Inspector. */
final class SchemaReader {
    private final Engine engine;

    SchemaReader(Engine engine) {
        this.engine = engine;
    }

    SchemaDescriptor read() {
        Inspector inspector = engine.inspector();
        List<TableDescriptor> tables = inspector.tableNames().stream().map(name -> table(inspector, name)).toList();
        return new SchemaDescriptor(engine.dialect().name(), inspector.defaultSchemaName(), tables);
    }

    /** One table, or {@code null} when the database has none of that name. */
    TableDescriptor readTable(String name) {
        Inspector inspector = engine.inspector();
        return inspector.tableNames().stream().filter(name::equalsIgnoreCase).findFirst()
                .map(found -> table(inspector, found)).orElse(null);
    }

    private static TableDescriptor table(Inspector inspector, String name) {
        List<ColumnDescriptor> columns = inspector.columns(name).stream()
                .map(c -> new ColumnDescriptor(c.name(), c.typeName(), c.nullable(), c.serverDefault(),
                        c.autoincrement(), c.comment()))
                .toList();
        List<ForeignKeyDescriptor> foreignKeys = inspector.foreignKeys(name).stream()
                .map(fk -> new ForeignKeyDescriptor(fk.name(), fk.columns(), fk.referredTable(), fk.referredColumns(),
                        fk.onDelete(), fk.onUpdate()))
                .toList();
        List<IndexDescriptor> indexes = inspector.indexes(name).stream()
                .map(i -> new IndexDescriptor(i.name(), i.columns(), i.unique())).toList();
        List<ConstraintDescriptor> uniques = inspector.uniqueConstraints(name).stream()
                .map(u -> new ConstraintDescriptor(u.name(), u.columns(), null)).toList();
        List<ConstraintDescriptor> checks = inspector.checkConstraints(name).stream()
                .map(c -> new ConstraintDescriptor(c.name(), List.of(), c.sqlText())).toList();
        return new TableDescriptor(name, inspector.tableComment(name), columns, inspector.primaryKey(name).columns(),
                foreignKeys, indexes, uniques, checks);
    }
}
