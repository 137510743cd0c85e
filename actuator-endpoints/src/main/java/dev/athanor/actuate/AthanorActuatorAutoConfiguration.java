package dev.athanor.actuate;

import dev.athanor.autoconfigure.AthanorAutoConfiguration;
import dev.athanor.engine.Engine;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Registers Athanor's health indicator when an {@link Engine} exists. */
@AutoConfiguration(after = AthanorAutoConfiguration.class)
@ConditionalOnBean(Engine.class)
public final class AthanorActuatorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "athanorHealthIndicator")
    AthanorHealthIndicator athanorHealthIndicator(Engine engine) {
        return new AthanorHealthIndicator(engine);
    }
}
