package dev.athanor.autoconfigure.diagnostics;

import dev.athanor.orm.Session;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** This package as the auto-configuration package (its two entities), and the shelf service. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class ShelfConfiguration {

    @Bean
    ShelfService shelfService(Session session, TransactionTemplate transactions) {
        return new ShelfService(session, transactions);
    }
}
