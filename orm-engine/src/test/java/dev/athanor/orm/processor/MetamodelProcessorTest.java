package dev.athanor.orm.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.orm.ColumnAttribute;
import dev.athanor.orm.EntityTable;
import dev.athanor.orm.Mapper;
import dev.athanor.orm.Registry;
import dev.athanor.types.Types;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs javac on a small entity with orm-engine on the processor path, as a user's build does. */
class MetamodelProcessorTest {
    private static final String ENTITY = """
            package shop;

            import dev.athanor.orm.annotation.Column;
            import dev.athanor.orm.annotation.Table;

            @Table("users")
            public class UserAccount {
                @Column(primaryKey = true)
                Long id;
                @Column(name = "login", length = 50)
                String username;
                int loginCount;
                java.util.List<String> tags;
                transient String scratch;
                static int created;
            }
            """;

    @TempDir
    Path dir;

    private Path compile() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src/shop"));
        Files.writeString(sources.resolve("UserAccount.java"), ENTITY);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path generated = Files.createDirectories(dir.resolve("generated"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        // orm-engine's own classes: the annotations, the processor and its META-INF/services entry
        String classpath = Path.of(Registry.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        int status = javac.run(null, null, diagnostics, "--release", "17", "-d", classes.toString(),
                "-s", generated.toString(), "-cp", classpath, "-processorpath", classpath,
                sources.resolve("UserAccount.java").toString());
        assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        return classes;
    }

    @Test
    void generatesATypedAttributePerColumnField() throws Exception {
        compile();
        String source = Files.readString(dir.resolve("generated/shop/UserAccount_.java"));
        assertThat(source).contains("public final class UserAccount_",
                "EntityTable<UserAccount> TABLE =",
                "ColumnAttribute<UserAccount, java.lang.Long> id",
                "ColumnAttribute<UserAccount, java.lang.String> username",
                "TABLE.attribute(\"username\", \"login\")",
                "ColumnAttribute<UserAccount, java.lang.Integer> loginCount",
                "TABLE.attribute(\"loginCount\", \"login_count\")",
                "ColumnAttribute<UserAccount, java.util.List<java.lang.String>> tags")
                .doesNotContain("scratch", "created");
    }

    @Test
    void generatedAttributesAreCoreColumnsThatFindTheirMappedProperty() throws Exception {
        Path classes = compile();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> entity = loader.loadClass("shop.UserAccount");
            Class<?> metamodel = loader.loadClass("shop.UserAccount_");
            EntityTable<?> table = (EntityTable<?>) metamodel.getField("TABLE").get(null);
            ColumnAttribute<?, ?> username = (ColumnAttribute<?, ?>) metamodel.getField("username").get(null);
            assertThat(table.name()).isEqualTo("users");
            assertThat(username.table()).isSameAs(table);
            assertThat(username.name()).isEqualTo("login");
            assertThat(username.type()).isEqualTo(Types.string(50));
            assertThat(((ParameterizedType) metamodel.getField("loginCount").getGenericType()).getActualTypeArguments()[1])
                    .isEqualTo(Integer.class);
            Mapper<?> mapper = Registry.of(entity).mapper(entity);
            assertThat(mapper.property(username).name()).isEqualTo("username");
            assertThat(mapper.table().name()).isEqualTo(table.name());
            assertThat(table.columns()).extracting(ColumnAttribute::name)
                    .containsExactlyElementsOf(mapper.columns().stream().map(p -> p.column().name()).toList());
        }
    }
}
