package dev.athanor.dialect.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.dialect.Dialect;
import dev.athanor.exc.CompileError;
import dev.athanor.schema.DdlExecutor;
import dev.athanor.schema.Index;
import dev.athanor.schema.MetaData;
import dev.athanor.schema.SchemaBind;
import dev.athanor.schema.Table;
import dev.athanor.schema.ddl.CreateIndex;
import dev.athanor.schema.ddl.CreateTable;
import dev.athanor.schema.ddl.DdlElement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the exact DDL a dialect renders for {@link DdlFixture}; each dialect's subclass names its
 * dialect and supplies the expected scripts, statements separated by {@code ;} and a newline.
 */
abstract class DdlGoldenTest {
    private final MetaData model = DdlFixture.model();
    private final Dialect dialect;

    DdlGoldenTest(Dialect dialect) {
        this.dialect = dialect;
    }

    final Dialect dialect() {
        return dialect;
    }

    abstract String everyType();

    abstract String usersWithCommentsAndEnum();

    abstract String reservedWordsAndForeignKey();

    abstract String compositeKeyWithSequenceAndIndex();

    abstract String cycleCreateAndDrop();

    @Test
    void rendersEveryType() {
        assertThat(createWithIndexes(model.table("every_type"))).isEqualTo(everyType());
    }

    @Test
    void rendersIdentityUniqueEnumDefaultAndComments() {
        assertThat(createWithIndexes(model.table("users"))).isEqualTo(usersWithCommentsAndEnum());
    }

    @Test
    void quotesReservedWordsAndRendersForeignKeyActions() {
        assertThat(createWithIndexes(model.table("order"))).isEqualTo(reservedWordsAndForeignKey());
    }

    @Test
    void rendersCompositeKeySequenceDefaultAndIndex() {
        assertThat(createWithIndexes(model.table("order_line"))).isEqualTo(compositeKeyWithSequenceAndIndex());
    }

    @Test
    void createsAndDropsForeignKeyCycleThroughAlterTable() {
        MetaData cycle = DdlFixture.cycle();
        List<String> statements = new ArrayList<>();
        SchemaBind bind = compilingBind(statements);
        cycle.createAll(bind, false);
        cycle.dropAll(bind, false);

        assertThat(String.join(";\n", statements)).isEqualTo(cycleCreateAndDrop());
    }

    /** The statements of {@code element}, joined as a script. */
    final String sql(DdlElement element) {
        return String.join(";\n", dialect().ddlCompiler().compile(element));
    }

    /** Asserts that the dialect refuses {@code element} with a {@link CompileError} containing every fragment. */
    final void assertCompileError(DdlElement element, String... fragments) {
        assertThatThrownBy(() -> sql(element)).isInstanceOf(CompileError.class).hasMessageContainingAll(fragments);
    }

    private String createWithIndexes(Table table) {
        List<String> statements = new ArrayList<>(dialect().ddlCompiler().compile(new CreateTable(table)));
        for (Index index : table.indexes()) {
            statements.addAll(dialect().ddlCompiler().compile(new CreateIndex(index)));
        }
        return String.join(";\n", statements);
    }

    /** A bind without a database: nothing exists, every element is compiled and recorded. */
    private SchemaBind compilingBind(List<String> statements) {
        return work -> work.accept(new DdlExecutor() {
            @Override
            public void execute(DdlElement element) {
                statements.addAll(dialect().ddlCompiler().compile(element));
            }

            @Override
            public boolean hasTable(String schema, String name) {
                return false;
            }

            @Override
            public boolean hasSequence(String schema, String name) {
                return false;
            }

            @Override
            public boolean hasType(String schema, String name) {
                return false;
            }
        });
    }
}
