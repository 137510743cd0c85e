package dev.athanor.migrate.script;

import dev.athanor.migrate.operation.AddColumnOp;
import dev.athanor.migrate.operation.CreateTableOp;
import dev.athanor.migrate.operation.DropColumnOp;
import dev.athanor.migrate.operation.DropTableOp;
import dev.athanor.migrate.operation.MigrateOperation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Comments asking the reader to check drops paired with adds: autogenerate cannot tell a rename
 * from a drop and an add (Alembic neither), and running the pair loses the data of what was renamed.
 */
final class RenameWarnings {
    private RenameWarnings() {
    }

    static List<String> of(List<MigrateOperation> operations) {
        List<String> warnings = new ArrayList<>();
        List<String> created = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        Map<String, List<String>> added = new LinkedHashMap<>();
        Map<String, List<String>> removed = new LinkedHashMap<>();
        for (MigrateOperation operation : operations) {
            if (operation instanceof CreateTableOp create) {
                created.add(create.table().name());
            } else if (operation instanceof DropTableOp drop) {
                dropped.add(drop.name());
            } else if (operation instanceof AddColumnOp add) {
                added.computeIfAbsent(add.table(), t -> new ArrayList<>()).add(add.column().name());
            } else if (operation instanceof DropColumnOp drop) {
                removed.computeIfAbsent(drop.table(), t -> new ArrayList<>()).add(drop.column());
            }
        }
        if (!created.isEmpty() && !dropped.isEmpty()) {
            warnings.add("// CHECK: tables " + dropped + " are dropped and " + created + " created; if one was"
                    + " renamed,\n// replace the pair with op.renameTable(old, new) to keep its rows.");
        }
        removed.forEach((table, columns) -> {
            if (added.containsKey(table)) {
                warnings.add("// CHECK: on table '" + table + "' columns " + columns + " are dropped and "
                        + added.get(table) + " added; if one was renamed,\n// replace the pair with"
                        + " op.alterColumn(\"" + table + "\", old, c -> c.newName(new)) to keep its values.");
            }
        });
        return warnings;
    }
}
