package dev.athanor.autoconfigure.orm;

import dev.athanor.orm.SessionFactory;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the session factory and the schema action wait for database initializers (SQL scripts,
 * Flyway, Liquibase), so {@code athanor.schema.action=validate} sees the migrated schema.
 */
class AthanorDependsOnDatabaseInitializationDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(SessionFactory.class, AthanorSchemaInitializer.class);
    }
}
