package dev.athanor.examples.models;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;

/** The author an {@link Article} in schema {@code blog} refers to. */
@Table(value = "writers", schema = "blog")
public class Writer {
    @Column(primaryKey = true)
    Integer id;
}
