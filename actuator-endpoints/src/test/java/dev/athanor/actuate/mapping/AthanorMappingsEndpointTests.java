package dev.athanor.actuate.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.actuate.fixture.LibraryContext;
import dev.athanor.actuate.fixture.LibraryDatabase;
import dev.athanor.actuate.fixture.Novel;
import dev.athanor.actuate.mapping.AthanorMappingsEndpoint.EntityDescriptor;
import dev.athanor.actuate.mapping.AthanorMappingsEndpoint.PropertyDescriptor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AthanorMappingsEndpointTests {

    private final ApplicationContextRunner contextRunner = LibraryContext.on(LibraryDatabase.H2);

    @Test
    void mappingsListEveryClassWithItsTable() {
        contextRunner.run(context -> assertThat(context.getBean(AthanorMappingsEndpoint.class).mappings().entities())
                .extracting(EntityDescriptor::className, EntityDescriptor::table)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Novel.class.getName(), "novel"),
                        org.assertj.core.groups.Tuple.tuple("dev.athanor.actuate.fixture.Writer", "writer")));
    }

    @Test
    void mappingsGiveEachColumnItsJavaTypeAndFlags() {
        contextRunner.run(context -> {
            EntityDescriptor novel = context.getBean(AthanorMappingsEndpoint.class).mappings().entities().get(0);
            assertThat(novel.columns()).extracting(PropertyDescriptor::attribute, PropertyDescriptor::column,
                    PropertyDescriptor::javaType).contains(
                    org.assertj.core.groups.Tuple.tuple("writerId", "writer_id", "java.lang.Long"),
                    org.assertj.core.groups.Tuple.tuple("price", "price", "java.math.BigDecimal"));
            assertThat(novel.columns()).filteredOn(PropertyDescriptor::version).extracting(PropertyDescriptor::attribute)
                    .containsExactly("version");
            assertThat(novel.columns()).filteredOn(PropertyDescriptor::primaryKey)
                    .extracting(PropertyDescriptor::attribute).containsExactly("id");
        });
    }
}
