package dev.athanor.autoconfigure.migrate;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Declares the {@link AthanorMigrator} a database initializer, so Spring Boot creates it before the
 * session factory, {@code athanor.schema.action}, {@code JdbcTemplate} users,
 * {@code @DependsOnDatabaseInitialization} beans and {@code spring.sql.init}.
 */
class AthanorMigratorDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(AthanorMigrator.class);
    }
}
