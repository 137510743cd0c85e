package dev.athanor.testing;

import dev.athanor.dialect.Capability;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Expands a {@link DatabaseTest} into one invocation per database. An unreachable server skips
 * its invocation with the reason, or fails it when {@code ATHANOR_REQUIRE_SERVERS=true}; a missing
 * {@link Requires capability} skips it naming the capability.
 */
final class DatabaseTestExtension implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> m.isAnnotationPresent(DatabaseTest.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        TestDatabase[] only = method.getAnnotation(DatabaseTest.class).only();
        List<TestDatabase> databases = only.length == 0 ? List.of(TestDatabase.values()) : List.of(only);
        return databases.stream().map(database -> invocation(database, context));
    }

    private static TestTemplateInvocationContext invocation(TestDatabase database, ExtensionContext context) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return database.displayName();
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new Condition(database), new Resolver(database));
            }
        };
    }

    /** Skips the invocation when the server is down or a capability is missing. */
    private record Condition(TestDatabase database) implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<String> unreachable = TestEngines.unreachableReason(database);
            if (unreachable.isPresent()) {
                if (TestDatabase.serversRequired()) {
                    // Enabled on purpose: the resolver throws, so the test fails visibly.
                    return ConditionEvaluationResult.enabled("required server is down");
                }
                return ConditionEvaluationResult.disabled(unreachable.get());
            }
            List<Capability> required = requiredCapabilities(context);
            var dialect = TestEngines.engine(database).dialect();
            List<Capability> missing = required.stream().filter(c -> !dialect.supports(c)).toList();
            return missing.isEmpty()
                    ? ConditionEvaluationResult.enabled("supported")
                    : ConditionEvaluationResult.disabled(database.displayName() + " lacks " + missing);
        }

        private static List<Capability> requiredCapabilities(ExtensionContext context) {
            Stream<Requires> onMethod = context.getTestMethod().stream()
                    .flatMap(m -> AnnotationSupport.findAnnotation(m, Requires.class).stream());
            Stream<Requires> onClass = context.getTestClass().stream()
                    .flatMap(c -> AnnotationSupport.findAnnotation(c, Requires.class).stream());
            return Stream.concat(onMethod, onClass).flatMap(r -> Arrays.stream(r.value())).toList();
        }
    }

    /** Hands the test its {@link TestDb}. */
    private record Resolver(TestDatabase database) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDb.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            TestEngines.unreachableReason(database).ifPresent(reason -> {
                throw new AssertionError(reason + " (ATHANOR_REQUIRE_SERVERS=true: servers must be reachable)");
            });
            return new TestDb(database, TestEngines.engine(database));
        }
    }
}
