package dev.athanor.orm.enhance;

import static net.bytebuddy.matcher.ElementMatchers.is;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;

import dev.athanor.orm.annotation.PolymorphicIdentity;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.internal.AttributeName;
import dev.athanor.orm.internal.Enhanced;
import dev.athanor.orm.internal.EnhancedAccess;
import dev.athanor.orm.internal.EnhancedFields;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import net.bytebuddy.asm.MemberSubstitution;
import net.bytebuddy.asm.MemberSubstitution.Substitution.Chain.Step.ForDelegation;
import net.bytebuddy.asm.MemberSubstitution.Substitution.Chain.Step.OfOriginalExpression;
import net.bytebuddy.build.Plugin;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.modifier.FieldManifestation;
import net.bytebuddy.description.modifier.FieldPersistence;
import net.bytebuddy.description.modifier.SyntheticState;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.implementation.FieldAccessor;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * Build-time enhancement of mapped classes, as Hibernate's and Ebean's enhancers do: a Byte Buddy
 * {@link Plugin} that rewrites every {@code @Table} (and {@code @PolymorphicIdentity}) class so that
 * each instance, loaded or made with {@code new}, reports its attribute events the way SQLAlchemy's
 * instrumented classes do. Inside the class, every write of a mapped field first tells the object's
 * session state (which records the attribute as changed and keeps {@code backPopulates} in step), and
 * every read of a mapped field first lets the state load what is missing (a lazy relationship, a
 * deferred or expired column). The class gains a slot for its state and a marker interface, and
 * the registry then uses it as it is instead of generating a runtime subclass.
 *
 * <p>Apply it with Byte Buddy's Maven plugin ({@code net.bytebuddy:byte-buddy-maven-plugin}, goal
 * {@code transform} or {@code transform-test}) naming this class as the transformation; an optional
 * constructor argument limits enhancement to comma-separated package prefixes. The README shows
 * the pom lines.
 *
 * <p>Hazard: writes and reads are seen only in the code of enhanced classes. Code elsewhere that
 * sets a mapped field directly (a non-private field written from another class, or a field of a
 * plain base class written in that base class) is not seen; use the class's methods.
 */
public final class AthanorEnhancer implements Plugin {
    private static final String STATE_FIELD = "athanor$state";
    private static final Method BEFORE_WRITE = method("beforeWrite");
    private static final Method BEFORE_READ = method("beforeRead");
    private static final Method BEFORE_COLUMN_READ = method("beforeColumnRead");

    private final List<String> packages;

    /** Enhances every mapped class. */
    public AthanorEnhancer() {
        this("");
    }

    /**
     * Enhances the mapped classes in these packages and their subpackages.
     *
     * @param packages comma-separated package names; empty for every package
     */
    public AthanorEnhancer(String packages) {
        this.packages = Arrays.stream(packages.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    @Override
    public boolean matches(TypeDescription target) {
        return isMapped(target) && !target.isAssignableTo(Enhanced.class) && inPackages(target.getName());
    }

    @Override
    public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder, TypeDescription type, ClassFileLocator locator) {
        if (!mappedSuperclass(type)) {
            // the root of a mapped hierarchy holds the state; mapped subclasses inherit it
            builder = builder.implement(Enhanced.class)
                    .defineField(STATE_FIELD, Object.class, Visibility.PRIVATE, FieldPersistence.TRANSIENT,
                            FieldManifestation.PLAIN, SyntheticState.SYNTHETIC)
                    .method(named(STATE_FIELD)).intercept(FieldAccessor.ofField(STATE_FIELD));
        }
        for (TypeDefinition owner = type; owner != null && !owner.represents(Object.class);
             owner = owner.getSuperClass() == null ? null : owner.getSuperClass().asErasure()) {
            for (FieldDescription field : owner.getDeclaredFields()) {
                if (isMappedField(field)) {
                    // the session's own accessors below read and write the field without events
                    builder = builder.visit(substitution(field).on(not(nameStartsWith(EnhancedFields.PREFIX))));
                }
            }
        }
        for (FieldDescription field : type.getDeclaredFields()) {
            if (isMappedField(field)) {
                builder = accessors(builder, field);
            }
        }
        return builder;
    }

    @Override
    public void close() {
        // nothing is held between classes
    }

    /**
     * A getter and a setter of the field typed {@code Object}, for the session (see
     * {@code AttributeAccessor}): called through a lambda, they are direct field accesses where a
     * method handle held in a field is not, and every loaded row writes each of its columns.
     */
    private static DynamicType.Builder<?> accessors(DynamicType.Builder<?> builder, FieldDescription field) {
        String name = field.getName();
        return builder
                .defineMethod(EnhancedFields.getterName(name), Object.class, Visibility.PUBLIC, SyntheticState.SYNTHETIC)
                .intercept(FieldAccessor.ofField(name).withAssigner(Assigner.DEFAULT, Assigner.Typing.DYNAMIC))
                .defineMethod(EnhancedFields.setterName(name), void.class, Visibility.PUBLIC, SyntheticState.SYNTHETIC)
                .withParameters(Object.class)
                .intercept(FieldAccessor.ofField(name).withAssigner(Assigner.DEFAULT, Assigner.Typing.DYNAMIC));
    }

    /**
     * Reads of the field go through {@code beforeRead} (a relationship) or {@code beforeColumnRead}
     * (a column), writes through {@code beforeWrite}.
     */
    private static MemberSubstitution substitution(FieldDescription field) {
        Method beforeRead = field.getDeclaredAnnotations().isAnnotationPresent(Relationship.class) ? BEFORE_READ
                : BEFORE_COLUMN_READ;
        return MemberSubstitution.relaxed()
                .field(is(field)).onRead()
                .replaceWithChain(ForDelegation.withCustomMapping().bind(AttributeName.class, field.getName()).to(beforeRead),
                        OfOriginalExpression.INSTANCE)
                .field(is(field)).onWrite()
                .replaceWithChain(ForDelegation.withCustomMapping().bind(AttributeName.class, field.getName()).to(BEFORE_WRITE),
                        OfOriginalExpression.INSTANCE);
    }

    private static boolean isMappedField(FieldDescription field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                && !field.getName().equals(STATE_FIELD);
    }

    private static boolean isMapped(TypeDescription type) {
        return type.getDeclaredAnnotations().isAnnotationPresent(Table.class)
                || type.getDeclaredAnnotations().isAnnotationPresent(PolymorphicIdentity.class);
    }

    private static boolean mappedSuperclass(TypeDescription type) {
        for (TypeDescription.Generic parent = type.getSuperClass(); parent != null && !parent.represents(Object.class);
             parent = parent.asErasure().getSuperClass()) {
            if (isMapped(parent.asErasure())) {
                return true;
            }
        }
        return false;
    }

    private boolean inPackages(String className) {
        return packages.isEmpty() || packages.stream().anyMatch(p -> className.startsWith(p + "."));
    }

    private static Method method(String name) {
        return Arrays.stream(EnhancedAccess.class.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow();
    }
}
