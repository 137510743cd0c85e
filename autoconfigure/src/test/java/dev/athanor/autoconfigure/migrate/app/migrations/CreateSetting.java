package dev.athanor.autoconfigure.migrate.app.migrations;

import dev.athanor.migrate.Migration;
import dev.athanor.migrate.Revision;
import dev.athanor.migrate.operation.Operations;
import dev.athanor.schema.Column;
import dev.athanor.types.Types;

/** Test revision: a settings table. */
@Revision(id = "d4d4d4d4d401", message = "create app_setting")
public final class CreateSetting implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("app_setting", Column.of("name", Types.string(40)).primaryKey(),
                Column.of("content", Types.string(200)));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("app_setting");
    }
}
