package dev.athanor.orm;

import static net.bytebuddy.matcher.ElementMatchers.isDeclaredBy;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.athanor.exc.MappingError;
import dev.athanor.orm.internal.AttributeInterceptor;
import dev.athanor.orm.internal.Constructors;
import dev.athanor.orm.internal.Enhanced;
import dev.athanor.orm.internal.Instrumented;
import dev.athanor.orm.internal.MappedFields;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.lang.invoke.MethodHandles;
import java.util.function.Supplier;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Locale;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.FieldAccessor;
import net.bytebuddy.implementation.MethodDelegation;
import net.bytebuddy.implementation.SuperMethodCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates, once per mapper with relationships, the subclass the loader instantiates: its
 * relationship getters ({@code getBooks()}, {@code isX()}, {@code books()}) and column getters
 * first ask the object's state to load what is missing, and its many-to-one setters keep the
 * {@code backPopulates} side in step. The subclass is defined in the entity's own package through
 * {@link MethodHandles#privateLookupIn}, so package-private constructors and methods work.
 *
 * <p>Hazard: only calls through overridable methods are seen; code inside the entity that reads a
 * relationship field directly sees whatever is there (an unloaded collection is {@code null} or
 * the field's initial value). Objects created with {@code new} are never instrumented; classes
 * enhanced at build time ({@code dev.athanor.orm.enhance.AthanorEnhancer}) need no subclass.
 */
final class EntityInstrumentation {
    private static final String STATE_FIELD = "athanor$state";
    private static final Logger LOG = LoggerFactory.getLogger("athanor.orm");
    /** Classes whose mode was logged: registries built again for the same classes say nothing new. */
    private static final java.util.Set<String> LOGGED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private EntityInstrumentation() {
    }

    /**
     * The subclass's constructor, per entity class: a memo of a pure function of the class (its
     * fields and accessors decide everything generated), so registries built again for the same
     * classes reuse the class instead of defining it twice.
     */
    private static final ClassValue<Supplier<Object>> SUBCLASS_CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Supplier<Object> computeValue(Class<?> entity) {
            return generate(entity);
        }
    };

    /**
     * Makes the mapper create loaded instances through a generated subclass (when it has
     * relationships), unless the class was enhanced at build time; says once per class which it is.
     */
    static void instrument(Mapper<?> mapper) {
        Class<?> entity = mapper.entityClass();
        if (Enhanced.class.isAssignableFrom(entity)) {
            log(entity, "enhanced at build time: attribute events on every instance");
        } else if (!mapper.relationships().isEmpty()) {
            mapper.useLoadedConstructor(SUBCLASS_CONSTRUCTORS.get(entity));
            log(entity, "runtime subclass for loaded objects; changes found by comparing snapshots");
        } else {
            log(entity, "plain class; changes found by comparing snapshots");
        }
    }

    private static void log(Class<?> entity, String mode) {
        if (LOGGED.add(entity.getName()) && LOG.isInfoEnabled()) {
            LOG.info("Mapped class {}: {}", entity.getName(), mode);
        }
    }

    private static Supplier<Object> generate(Class<?> entity) {
        List<Field> relationships = MappedFields.relationships(entity);
        if (Modifier.isFinal(entity.getModifiers())) {
            throw new MappingError("Class " + entity.getName() + " has relationships " + names(relationships) + " but is final;"
                    + " make it non-final so loaded objects can load them lazily");
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(entity, MethodHandles.lookup());
            DynamicType.Builder<?> builder = new ByteBuddy().subclass(entity)
                    .name(entity.getName() + "$Athanor")
                    .implement(Instrumented.class)
                    .defineField(STATE_FIELD, Object.class, Visibility.PRIVATE)
                    .method(named(STATE_FIELD)).intercept(FieldAccessor.ofField(STATE_FIELD));
            for (int index = 0; index < relationships.size(); index++) {
                Field field = relationships.get(index);
                builder = intercept(builder, getter(entity, field.getName()), index, false);
                if (!Collection.class.isAssignableFrom(field.getType())) {
                    // many-to-one and one-to-one setters keep the backPopulates side in step
                    builder = intercept(builder, setter(entity, field.getName()), index, true);
                }
            }
            List<Field> columns = MappedFields.of(entity);
            for (int index = 0; index < columns.size(); index++) {
                // column getters pass -2 - index (the column property's index), so a deferred column knows itself
                builder = intercept(builder, getter(entity, columns.get(index).getName()), -2 - index, false);
            }
            Class<?> subclass = builder.make().load(entity.getClassLoader(), ClassLoadingStrategy.UsingLookup.of(lookup))
                    .getLoaded();
            return Constructors.of(subclass);
        } catch (ReflectiveOperationException | IllegalStateException | IllegalArgumentException e) {
            throw new MappingError("Class " + entity.getName() + " cannot be subclassed for lazy loading of " + names(relationships)
                    + ": " + e.getMessage() + "; give it a non-private no-arg constructor and non-final accessors", e);
        }
    }

    private static DynamicType.Builder<?> intercept(DynamicType.Builder<?> builder, Method method, int index, boolean setter) {
        if (method == null) {
            return builder;
        }
        if (Modifier.isFinal(method.getModifiers()) || Modifier.isPrivate(method.getModifiers())) {
            throw new MappingError("Accessor " + method.getDeclaringClass().getName() + "." + method.getName() + " is "
                    + (Modifier.isFinal(method.getModifiers()) ? "final" : "private") + "; make it overridable so loaded"
                    + " objects can load the attribute when it is called");
        }
        return builder.method(named(method.getName()).and(takesArguments(method.getParameterCount()))
                        .and(isDeclaredBy(method.getDeclaringClass())))
                .intercept(setter
                        ? MethodDelegation.to(new AttributeInterceptor(index, true)).andThen(SuperMethodCall.INSTANCE)
                        : MethodDelegation.to(new AttributeInterceptor(index, false)).andThen(SuperMethodCall.INSTANCE));
    }

    /** {@code getX()}, {@code isX()} or {@code x()}, declared in the class or a superclass. */
    private static Method getter(Class<?> entity, String attribute) {
        String capitalized = attribute.substring(0, 1).toUpperCase(Locale.ROOT) + attribute.substring(1);
        for (String name : new String[] {"get" + capitalized, "is" + capitalized, attribute}) {
            Method method = find(entity, name, 0);
            if (method != null && method.getReturnType() != void.class) {
                return method;
            }
        }
        return null;
    }

    private static Method setter(Class<?> entity, String attribute) {
        return find(entity, "set" + attribute.substring(0, 1).toUpperCase(Locale.ROOT) + attribute.substring(1), 1);
    }

    private static Method find(Class<?> entity, String name, int parameters) {
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == parameters && !method.isBridge()
                        && !Modifier.isStatic(method.getModifiers())) {
                    return method;
                }
            }
        }
        return null;
    }

    private static String names(List<Field> relationships) {
        return relationships.stream().map(Field::getName).toList().toString();
    }
}
