package dev.athanor.autoconfigure.migrate.app;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** Makes this package the auto-configuration package, as a {@code @SpringBootApplication} here would. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class MigratingApplication {
}
