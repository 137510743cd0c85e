package dev.athanor.actuate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.actuate.fixture.LibraryContext;
import dev.athanor.actuate.fixture.LibraryDatabase;
import dev.athanor.actuate.schema.SchemaDescriptor.ColumnDescriptor;
import dev.athanor.actuate.schema.SchemaDescriptor.TableDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AthanorSchemaEndpointTests {

    private final ApplicationContextRunner contextRunner = LibraryContext.on(LibraryDatabase.H2);

    @ParameterizedTest
    @MethodSource("dev.athanor.actuate.fixture.LibraryDatabase#all")
    void schemaListsTablesWithColumnsKeysAndIndexes(LibraryDatabase database) {
        database.assumeReachable();
        LibraryContext.on(database).run(context -> {
            SchemaDescriptor schema = context.getBean(AthanorSchemaEndpoint.class).schema();
            assertThat(schema.database()).isNotBlank();
            TableDescriptor novel = schema.table("novel");
            assertThat(novel.primaryKey()).containsExactly("id");
            assertThat(novel.columns()).extracting(ColumnDescriptor::name)
                    .containsExactly("id", "title", "writer_id", "price", "version");
            assertThat(novel.columns().get(1).nullable()).isFalse();
            assertThat(novel.columns().get(3).nullable()).isTrue();
            assertThat(novel.foreignKeys()).singleElement().satisfies(fk -> {
                assertThat(fk.columns()).containsExactly("writer_id");
                assertThat(fk.referredTable()).isEqualTo("writer");
                assertThat(fk.onDelete()).isEqualTo("CASCADE");
            });
            assertThat(novel.indexes()).anySatisfy(index -> assertThat(index.columns()).containsExactly("title"));
            assertThat(schema.table("writer").uniqueConstraints())
                    .anySatisfy(unique -> assertThat(unique.columns()).containsExactly("name"));
        });
    }

    @Test
    void autoincrementPrimaryKeysAreReported() {
        contextRunner.run(context -> assertThat(context.getBean(AthanorSchemaEndpoint.class).table("writer")
                .columns().get(0).autoincrement()).isTrue());
    }

    @Test
    void oneTableIsFoundIgnoringCase() {
        contextRunner.run(context -> assertThat(context.getBean(AthanorSchemaEndpoint.class).table("NOVEL").name())
                .isEqualTo("novel"));
    }

    @Test
    void anUnknownTableIsNull() {
        contextRunner.run(context -> assertThat(context.getBean(AthanorSchemaEndpoint.class).table("nope")).isNull());
    }

    @Test
    void mermaidNamesEveryTableAndEachForeignKey() {
        contextRunner.run(context -> assertThat(context.getBean(AthanorSchemaEndpoint.class).mermaid())
                .startsWith("erDiagram\n")
                .contains("    novel {\n", "    writer {\n", "writer_id FK", "id PK")
                .contains("novel }o--|| writer : \"writer_id\""));
    }

    @Test
    void svgDrawsABoxPerTableAndALinePerForeignKey() {
        contextRunner.run(context -> assertThat(context.getBean(AthanorSchemaEndpoint.class).svg())
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("<g class=\"table\" data-table=\"novel\">", "<g class=\"table\" data-table=\"writer\">")
                .contains("<path class=\"fk\" data-from=\"novel\" data-to=\"writer\""));
    }

    @Test
    void theWebExtensionAnswersMermaidAsPlainText() {
        contextRunner.run(context -> {
            var response = context.getBean(AthanorSchemaEndpointWebExtension.class).schema("mermaid");
            assertThat(response.getContentType()).hasToString("text/plain");
            assertThat((String) response.getBody()).startsWith("erDiagram");
        });
    }

    @Test
    void theWebExtensionAnswersSvgAsAnImage() {
        contextRunner.run(context -> assertThat(context.getBean(AthanorSchemaEndpointWebExtension.class)
                .schema("svg").getContentType()).hasToString("image/svg+xml"));
    }

    @Test
    void theWebExtensionRejectsAnUnknownFormat() {
        contextRunner.run(context -> assertThat(context.getBean(AthanorSchemaEndpointWebExtension.class)
                .schema("png").getStatus()).isEqualTo(400));
    }

    @Test
    void theWebExtensionAnswersJsonByDefault() {
        contextRunner.run(context -> assertThat(context.getBean(AthanorSchemaEndpointWebExtension.class)
                .schema(null).getBody()).isInstanceOf(SchemaDescriptor.class));
    }
}
