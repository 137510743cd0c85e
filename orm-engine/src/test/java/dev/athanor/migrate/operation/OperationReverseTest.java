package dev.athanor.migrate.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.exc.InvalidRequestError;
import dev.athanor.schema.Column;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.ReferentialAction;
import dev.athanor.schema.Sequence;
import dev.athanor.schema.Table;
import dev.athanor.schema.ddl.AlterColumn;
import dev.athanor.sql.Sql;
import dev.athanor.types.Types;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each operation's {@code reverse()}: the inverse operation, reversing back to the original, or a clear refusal. */
class OperationReverseTest {

    static Stream<MigrateOperation> reversible() {
        Table table = new MetaData().table("t", Column.of("id", Types.INTEGER).primaryKey());
        CreateIndexOp index = new CreateIndexOp(null, "t", "ix_t_a", List.of("a", "b"), true, "a > 0");
        return Stream.of(
                new CreateTableOp(table),
                new RenameTableOp("s", "t", "u"),
                new AddColumnOp(null, "t", Column.of("a", Types.string(5))),
                index,
                new DropIndexOp(null, "t", "ix_t_a", index),
                new CreateUniqueConstraintOp(null, "t", "uq_t_a", List.of("a")),
                new CreateCheckConstraintOp(null, "t", "ck_t_a", "a > 0"),
                new CreatePrimaryKeyOp(null, "t", "pk_t", List.of("id")),
                new CreateForeignKeyOp(null, "t", "fk_t_u", List.of("u_id"), null, "u", List.of("id"),
                        ReferentialAction.CASCADE, null),
                new CreateSequenceOp(Sequence.named("seq").start(3)),
                new CreateEnumTypeOp("mood", List.of("happy", "sad")),
                new CreateTableCommentOp(null, "t", "new", "old"),
                new CreateTableCommentOp(null, "t", "new", null),
                AlterColumnOp.builder(null, "t", "a").type(Types.BIG_INTEGER).nullable(false).serverDefault("0")
                        .newName("b").comment("c").existingType(Types.INTEGER).existingNullable(true).build());
    }

    @ParameterizedTest
    @MethodSource("reversible")
    void reversingTwiceGivesTheOperationBack(MigrateOperation operation) {
        assertThat(operation.reverse()).isNotEqualTo(operation);
        assertThat(operation.reverse().reverse()).isEqualTo(operation);
    }

    @Test
    void alterColumnReverseRestoresEachChangedAttributeAndRenamesBack() {
        AlterColumnOp op = AlterColumnOp.builder("s", "t", "a").type(Types.BIG_INTEGER).serverDefault("0")
                .newName("b").existingType(Types.INTEGER).existingNullable(true).existingServerDefault("1").build();
        assertThat(op.reverse().change()).isEqualTo(new AlterColumn("s", "t", "b", Types.INTEGER, null,
                Optional.of("1"), "a", null, Types.BIG_INTEGER, true, "0", null));
    }

    @Test
    void createTableReversesToADropCarryingTheDefinition() {
        Table table = new MetaData().table("t", Column.of("id", Types.INTEGER).primaryKey());
        assertThat(new CreateTableOp(table).reverse()).isEqualTo(new DropTableOp(null, "t", table));
    }

    @Test
    void dropsWithoutTheirDefinitionRefuseToReverseSayingWhatToPass() {
        assertThatThrownBy(() -> new DropTableOp(null, "t", null).reverse())
                .isInstanceOf(InvalidRequestError.class).hasMessageContaining("dropTable(t)")
                .hasMessageContaining("new DropTableOp(schema, name, table)");
        assertThatThrownBy(() -> new DropColumnOp(null, "t", "a", null).reverse())
                .isInstanceOf(InvalidRequestError.class).hasMessageContaining("dropColumn(t.a)");
        assertThatThrownBy(() -> new DropIndexOp(null, "t", "ix", null).reverse())
                .isInstanceOf(InvalidRequestError.class).hasMessageContaining("dropIndex(ix on t)");
        assertThatThrownBy(() -> new DropConstraintOp(null, "t", "fk", ConstraintType.FOREIGN_KEY, null).reverse())
                .isInstanceOf(InvalidRequestError.class).hasMessageContaining("dropConstraint(fk on t, FOREIGN_KEY)");
        assertThatThrownBy(() -> new DropEnumTypeOp("mood", List.of()).reverse())
                .isInstanceOf(InvalidRequestError.class).hasMessageContaining("labels");
    }

    @Test
    void alterColumnWithoutTheOldTypeRefusesToReverse() {
        AlterColumnOp op = AlterColumnOp.builder(null, "t", "a").type(Types.BIG_INTEGER).build();
        assertThatThrownBy(op::reverse).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("alterColumn(t.a)").hasMessageContaining("existingType");
    }

    @Test
    void dataOperationsAreNotReversible() {
        assertThatThrownBy(() -> new ExecuteSqlOp(Sql.text("DELETE FROM t")).reverse())
                .isInstanceOf(InvalidRequestError.class).hasMessageContaining("write its downgrade by hand");
    }
}
