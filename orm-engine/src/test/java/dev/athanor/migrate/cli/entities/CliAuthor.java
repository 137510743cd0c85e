package dev.athanor.migrate.cli.entities;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;

/** The one entity the command-line tests map: {@code revision --autogenerate} creates its table. */
@Table("cli_author")
public class CliAuthor {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 50, nullable = false)
    String name;
    @Column(length = 100, unique = true)
    String email;

    CliAuthor() {
    }
}
