package dev.athanor.demo;

import dev.athanor.autoconfigure.AthanorProperties;
import dev.athanor.autoconfigure.orm.AthanorSchemaInitializer;
import dev.athanor.engine.Engine;
import dev.athanor.orm.NPlusOneMode;
import dev.athanor.orm.Registry;
import dev.athanor.orm.SessionFactory;
import dev.athanor.orm.SessionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The demo tests' session factory: the auto-configured one, but with the N+1 detector set to RAISE
 * at a threshold of 2, so a listing that loads authors or tags one book at a time fails the test.
 * Stands in for {@code athanor.diagnostics.n-plus-one=raise} until the auto-configuration passes
 * that property to {@link SessionFactory.Builder#nPlusOne}; delete it then and keep the properties.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RaiseOnNPlusOne {

    /** The properties the tests set as well, for when the auto-configuration reads them. */
    public static final String RAISE = "athanor.diagnostics.n-plus-one=raise";
    public static final String THRESHOLD = "athanor.diagnostics.n-plus-one-threshold=2";

    @Bean
    SessionFactory athanorSessionFactory(Engine engine, Registry registry, AthanorProperties properties,
                                         ObjectProvider<AthanorSchemaInitializer> schema,
                                         ObjectProvider<SessionListener> listeners) {
        schema.ifAvailable(initializer -> { });
        SessionFactory factory = SessionFactory.builder(engine, registry)
                .expireOnCommit(properties.getSession().isExpireOnCommit())
                .autoflush(properties.getSession().isAutoflush())
                .nPlusOne(NPlusOneMode.RAISE, 2)
                .build();
        listeners.orderedStream().forEach(factory::addListener);
        return factory;
    }
}
