package dev.athanor.autoconfigure.migrate;

import javax.sql.DataSource;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** A bean that reads the note table while it is created, as a cache warmed at startup would. */
@Configuration(proxyBeanMethods = false)
class NoteCounter {

    /** The note rows seen at startup. */
    record StartupCount(long notes) {
    }

    @Bean
    @DependsOnDatabaseInitialization
    StartupCount startupCount(DataSource dataSource) {
        Long notes = new JdbcTemplate(dataSource).queryForObject("SELECT count(*) FROM note", Long.class);
        return new StartupCount(notes);
    }
}
