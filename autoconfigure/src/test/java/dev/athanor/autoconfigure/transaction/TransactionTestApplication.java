package dev.athanor.autoconfigure.transaction;

import dev.athanor.orm.Session;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** A Spring Boot application with one transactional service, for the transaction tests. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TransactionTestApplication {

    @Bean
    NoteService noteService(Session session, JdbcTemplate jdbc) {
        return new NoteService(session, jdbc);
    }
}
