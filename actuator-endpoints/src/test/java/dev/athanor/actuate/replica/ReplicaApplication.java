package dev.athanor.actuate.replica;

import dev.athanor.orm.Session;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** A Spring Boot application on a primary and its streaming replica, with a reading and a writing service. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ReplicaApplication {

    @Bean
    LedgerServices.Reading reading(Session session, JdbcTemplate jdbc) {
        return new LedgerServices.Reading(session, jdbc);
    }

    @Bean
    LedgerServices.Writing writing(Session session) {
        return new LedgerServices.Writing(session);
    }

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
