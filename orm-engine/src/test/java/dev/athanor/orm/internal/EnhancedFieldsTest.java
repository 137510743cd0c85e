package dev.athanor.orm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.orm.enhanced.Novel;
import dev.athanor.orm.enhanced.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The enhancer gives each mapped field of an enhanced class a getter and a setter of its own, which
 * the session's {@link AttributeAccessor} calls instead of method handles. They report no events, as
 * the session's own writes (loading a row, filling a key) must not count as changes: a session that
 * loaded enhanced objects and changed nothing sends nothing ({@code CleanSessionFlushTest}).
 */
class EnhancedFieldsTest {

    @Test
    void everyMappedFieldOfAnEnhancedClassHasAnAccessorPairAndNoOtherDoes() throws Exception {
        for (String field : List.of("id", "name", "novels", "passport")) {
            Method getter = Writer.class.getDeclaredMethod(EnhancedFields.getterName(field));
            Method setter = Writer.class.getDeclaredMethod(EnhancedFields.setterName(field), Object.class);
            assertThat(getter.getReturnType()).isEqualTo(Object.class);
            assertThat(Modifier.isPublic(setter.getModifiers()) && setter.isSynthetic()).isTrue();
        }
        assertThat(Writer.class.getDeclaredMethods()).noneMatch(m -> m.getName().equals(EnhancedFields.getterName("athanor$state")));
        // a plain class keeps its method handles
        assertThat(dev.athanor.orm.model.Department.class.getDeclaredMethods())
                .noneMatch(m -> m.getName().startsWith(EnhancedFields.PREFIX));
    }

    @Test
    void anEnhancedClassIsReadAndWrittenThroughItsAccessorsAndAPlainOneThroughMethodHandles() throws Exception {
        AttributeAccessor name = AttributeAccessor.of(Writer.class.getDeclaredField("name"));
        assertThat(field(name, "enhancedSetter")).isNotNull();
        assertThat(field(name, "enhancedGetter")).isNotNull();
        AttributeAccessor plain = AttributeAccessor.of(dev.athanor.orm.model.Department.class.getDeclaredField("name"));
        assertThat(field(plain, "enhancedSetter")).isNull();

        Writer writer = new Writer("Ann");
        name.set(writer, "Anne");
        assertThat(writer.getName()).isEqualTo("Anne");
        assertThat(name.get(writer)).isEqualTo("Anne");
        assertThatThrownBy(() -> name.set(writer, 42)).isInstanceOf(ClassCastException.class);

        AttributeAccessor id = AttributeAccessor.of(Novel.class.getDeclaredField("id"));
        Novel novel = new Novel("Emma");
        id.set(novel, 7);
        assertThat(id.get(novel)).isEqualTo(7);
        id.set(novel, null); // a boxed key field takes null
        assertThat(id.get(novel)).isNull();
    }

    private static Object field(AttributeAccessor accessor, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field field = AttributeAccessor.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(accessor);
    }
}
