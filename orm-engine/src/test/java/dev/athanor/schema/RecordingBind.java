package dev.athanor.schema;

import dev.athanor.schema.ddl.AddConstraint;
import dev.athanor.schema.ddl.CreateEnumType;
import dev.athanor.schema.ddl.CreateIndex;
import dev.athanor.schema.ddl.CreateSequence;
import dev.athanor.schema.ddl.CreateTable;
import dev.athanor.schema.ddl.DdlElement;
import dev.athanor.schema.ddl.DropConstraint;
import dev.athanor.schema.ddl.DropEnumType;
import dev.athanor.schema.ddl.DropSequence;
import dev.athanor.schema.ddl.DropTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** A SchemaBind without a database: records each DDL element as a short line and answers existence from sets. */
final class RecordingBind implements SchemaBind {
    final List<String> executed = new ArrayList<>();
    final Set<String> tables = new HashSet<>();
    final Set<String> sequences = new HashSet<>();
    final Set<String> types = new HashSet<>();
    int runs;

    @Override
    public void runDdl(Consumer<DdlExecutor> work) {
        runs++;
        work.accept(new DdlExecutor() {
            @Override
            public void execute(DdlElement element) {
                executed.add(describe(element));
            }

            @Override
            public boolean hasTable(String schema, String name) {
                return tables.contains(MetaData.key(schema, name));
            }

            @Override
            public boolean hasSequence(String schema, String name) {
                return sequences.contains(MetaData.key(schema, name));
            }

            @Override
            public boolean hasType(String schema, String name) {
                return types.contains(name);
            }
        });
    }

    private static String describe(DdlElement element) {
        if (element instanceof CreateTable e) {
            return "create table " + e.table().key();
        } else if (element instanceof DropTable e) {
            return "drop table " + e.table().key();
        } else if (element instanceof CreateIndex e) {
            return "create index " + e.index().name();
        } else if (element instanceof CreateSequence e) {
            return "create sequence " + e.sequence().name();
        } else if (element instanceof DropSequence e) {
            return "drop sequence " + e.sequence().name();
        } else if (element instanceof CreateEnumType e) {
            return "create type " + e.name();
        } else if (element instanceof DropEnumType e) {
            return "drop type " + e.name();
        } else if (element instanceof AddConstraint e) {
            return "add constraint " + e.constraint().name();
        } else if (element instanceof DropConstraint e) {
            return "drop constraint " + e.constraint().name();
        }
        throw new AssertionError("unexpected element " + element);
    }
}
