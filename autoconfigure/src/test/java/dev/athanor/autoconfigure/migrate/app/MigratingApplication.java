package dev.athanor.autoconfigure.migrate.app;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.SpringBootConfiguration;

/**
 * An application in this package, as a {@code @SpringBootApplication} here would make it: the
 * auto-configuration package, and the configuration {@code @AthanorTest}s below it find.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class MigratingApplication {
}
