package dev.athanor.actuate.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.athanor.actuate.fixture.LibraryContext;
import dev.athanor.actuate.fixture.LibraryDatabase;
import dev.athanor.actuate.fixture.Novel;
import dev.athanor.actuate.fixture.Writer;
import dev.athanor.actuate.mapping.AthanorMappingsEndpoint.EntityDescriptor;
import dev.athanor.actuate.mapping.AthanorMappingsEndpoint.InheritanceDescriptor;
import dev.athanor.actuate.mapping.AthanorMappingsEndpoint.PropertyDescriptor;
import dev.athanor.actuate.mapping.AthanorMappingsEndpoint.RelationshipDescriptor;
import dev.athanor.orm.Registry;
import dev.athanor.schema.MetaData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AthanorMappingsEndpointTests {

    private final ApplicationContextRunner contextRunner = LibraryContext.on(LibraryDatabase.H2);

    @Test
    void mappingsListEveryClassWithItsTable() {
        contextRunner.run(context -> assertThat(context.getBean(AthanorMappingsEndpoint.class).mappings().entities())
                .extracting(EntityDescriptor::className, EntityDescriptor::table)
                .containsExactly(tuple(Novel.class.getName(), "novel"), tuple(Writer.class.getName(), "writer")));
    }

    @Test
    void mappingsGiveEachColumnItsJavaTypeAndFlags() {
        contextRunner.run(context -> {
            EntityDescriptor novel = context.getBean(AthanorMappingsEndpoint.class).mappings().entities().get(0);
            assertThat(novel.columns()).extracting(PropertyDescriptor::attribute, PropertyDescriptor::column,
                    PropertyDescriptor::javaType).contains(
                    tuple("writerId", "writer_id", "java.lang.Long"),
                    tuple("price", "price", "java.math.BigDecimal"));
            assertThat(novel.columns()).filteredOn(PropertyDescriptor::version).extracting(PropertyDescriptor::attribute)
                    .containsExactly("version");
            assertThat(novel.columns()).filteredOn(PropertyDescriptor::primaryKey)
                    .extracting(PropertyDescriptor::attribute).containsExactly("id");
        });
    }

    @Test
    void mappingsDescribeBothSidesOfARelationship() {
        contextRunner.run(context -> {
            List<EntityDescriptor> entities = context.getBean(AthanorMappingsEndpoint.class).mappings().entities();
            assertThat(entities.get(0).relationships()).containsExactly(new RelationshipDescriptor("writer",
                    "many-to-one", Writer.class.getName(), "novels", List.of("save-update", "merge"), "select", false,
                    null));
            assertThat(entities.get(1).relationships()).containsExactly(new RelationshipDescriptor("novels",
                    "one-to-many", Novel.class.getName(), "writer",
                    List.of("save-update", "merge", "delete", "delete-orphan", "expunge", "refresh-expire"), "selectin",
                    true, null));
            assertThat(entities).allSatisfy(entity -> assertThat(entity.inheritance()).isNull());
        });
    }

    @Test
    void mappingsDescribeAnInheritanceHierarchy() {
        Registry registry = Registry.of(new MetaData(), List.of(Vehicle.class, Truck.class));
        List<EntityDescriptor> entities = new AthanorMappingsEndpoint(registry).mappings().entities();
        assertThat(entities).extracting(EntityDescriptor::className)
                .containsExactly(Truck.class.getName(), Vehicle.class.getName());
        assertThat(entities.get(0).inheritance()).isEqualTo(new InheritanceDescriptor("single-table",
                Vehicle.class.getName(), "truck", "kind", List.of()));
        assertThat(entities.get(1).inheritance()).isEqualTo(new InheritanceDescriptor("single-table", null,
                "vehicle", "kind", List.of(Truck.class.getName())));
        assertThat(entities.get(0).table()).isEqualTo("vehicle");
    }
}
