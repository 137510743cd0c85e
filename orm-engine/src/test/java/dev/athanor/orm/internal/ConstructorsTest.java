package dev.athanor.orm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link Constructors} makes instances through a lambda over the no-arg constructor, whatever its
 * visibility, and lets what a constructor throws reach the caller unchanged.
 */
class ConstructorsTest {

    static final class PrivateConstructor {
        final String made;

        private PrivateConstructor() {
            made = "by its own constructor";
        }
    }

    static final class ThrowsChecked {
        ThrowsChecked() throws IOException {
            throw new IOException("disk gone");
        }
    }

    abstract static class Abstract {
        Abstract() {
        }
    }

    static final class NoDefault {
        NoDefault(int value) {
        }
    }

    @Test
    void aPrivateConstructorRunsAndEachCallMakesANewInstance() throws Exception {
        Supplier<Object> maker = Constructors.of(PrivateConstructor.class);
        Object first = maker.get();
        assertThat(first).isInstanceOf(PrivateConstructor.class);
        assertThat(((PrivateConstructor) first).made).isEqualTo("by its own constructor");
        assertThat(maker.get()).isNotSameAs(first);
        assertThat(maker.getClass().isHidden()).as("a lambda, not a method handle wrapper").isTrue();
    }

    @Test
    void aCheckedExceptionOfTheConstructorReachesTheCaller() throws Exception {
        Supplier<Object> maker = Constructors.of(ThrowsChecked.class);
        assertThatThrownBy(maker::get).isInstanceOf(IOException.class).hasMessage("disk gone");
    }

    @Test
    void anAbstractClassReportsInstantiationExceptionAsItsHandleDid() throws Exception {
        Supplier<Object> maker = Constructors.of(Abstract.class);
        assertThatThrownBy(maker::get).isInstanceOf(InstantiationException.class);
    }

    @Test
    void aClassWithoutANoArgConstructorIsNamedByTheLookup() {
        assertThatThrownBy(() -> Constructors.of(NoDefault.class)).isInstanceOf(NoSuchMethodException.class);
    }
}
