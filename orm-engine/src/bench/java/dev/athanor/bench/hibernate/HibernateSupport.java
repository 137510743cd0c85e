package dev.athanor.bench.hibernate;

import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Builds the Hibernate {@link SessionFactory} in code (the bench profile adds source folders only,
 * so no {@code hibernate.properties} would be on the Maven classpath), with the settings its
 * documentation recommends for bulk work.
 */
public final class HibernateSupport {
    /** JDBC batch size and sequence block size. */
    public static final int ID_BLOCK = 1000;

    private HibernateSupport() {
    }

    /** A session factory over the shared pool; the schema is the harness's, never Hibernate's. */
    public static SessionFactory sessionFactory(DataSource dataSource) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.datasource", dataSource)
                // the pool hands out connections with auto-commit already off; saves a call per checkout
                .applySetting("hibernate.connection.provider_disables_autocommit", true)
                .applySetting("hibernate.jdbc.batch_size", ID_BLOCK)
                .applySetting("hibernate.order_inserts", true)
                .applySetting("hibernate.order_updates", true)
                .applySetting("hibernate.hbm2ddl.auto", "none")
                .applySetting("hibernate.show_sql", false)
                .build();
        return new MetadataSources(registry)
                .addAnnotatedClass(Customer.class)
                .addAnnotatedClass(Parent.class)
                .addAnnotatedClass(Child.class)
                .buildMetadata()
                .buildSessionFactory();
    }

    /** The settings, for the report. */
    public static String describe() {
        return "jdbc.batch_size=" + ID_BLOCK + ", order_inserts, order_updates, sequence ids (pooled, block "
                + ID_BLOCK + "), provider_disables_autocommit; IDENTITY ids could not be batched";
    }
}
