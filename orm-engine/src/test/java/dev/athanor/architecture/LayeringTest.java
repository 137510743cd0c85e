package dev.athanor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the layers of DESIGN.md so they hold without anyone remembering them: each layer uses
 * only the layers below it, the leaves ({@code exc}, {@code event}) use none, JDBC stays in the
 * layers that talk to drivers, nothing uses Spring, and no two layers depend on each other.
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.athanor");
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("exc").definedBy("dev.athanor.exc..")
                .layer("event").definedBy("dev.athanor.event..")
                .layer("types").definedBy("dev.athanor.types..")
                .layer("sql").definedBy("dev.athanor.sql..")
                .layer("schema").definedBy("dev.athanor.schema..")
                .layer("dialect").definedBy("dev.athanor.dialect..")
                .layer("pool").definedBy("dev.athanor.pool..")
                .layer("engine").definedBy("dev.athanor.engine..")
                .layer("orm").definedBy("dev.athanor.orm..")
                .layer("migrate").definedBy("dev.athanor.migrate..")
                .layer("inspect").definedBy("dev.athanor.inspect..")
                .layer("asyncio").definedBy("dev.athanor.asyncio..")
                .whereLayer("exc").mayNotAccessAnyLayer()
                .whereLayer("event").mayNotAccessAnyLayer()
                .whereLayer("types").mayOnlyAccessLayers("exc")
                .whereLayer("sql").mayOnlyAccessLayers("types", "exc")
                .whereLayer("schema").mayOnlyAccessLayers("sql", "types", "exc", "event")
                .whereLayer("dialect").mayOnlyAccessLayers("schema", "sql", "types", "exc")
                .whereLayer("pool").mayOnlyAccessLayers("dialect", "exc", "event")
                .whereLayer("engine").mayOnlyAccessLayers("pool", "dialect", "schema", "sql", "types", "exc", "event")
                .whereLayer("orm").mayOnlyAccessLayers("engine", "pool", "dialect", "schema", "sql", "types", "exc",
                        "event")
                .whereLayer("migrate").mayOnlyAccessLayers("orm", "engine", "pool", "dialect", "schema", "sql",
                        "types", "exc", "event")
                .whereLayer("asyncio").mayOnlyAccessLayers("orm", "engine", "pool", "dialect", "schema", "sql",
                        "types", "exc", "event")
                .check(classes);
    }

    @Test
    void layersHaveNoDependencyCycles() {
        slices().matching("dev.athanor.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheDriverFacingLayersUseJdbc() {
        noClasses().that().resideInAnyPackage("dev.athanor.types..", "dev.athanor.sql..", "dev.athanor.schema..",
                        "dev.athanor.exc..", "dev.athanor.event..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .check(classes);
    }

    @Test
    void theEngineNeverUsesSpring() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..").check(classes);
    }
}
