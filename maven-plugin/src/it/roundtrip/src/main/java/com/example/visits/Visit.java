package com.example.visits;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Table;
import java.time.LocalDate;

/** The model's second step: mapped only when the build names this package too. */
@Table("visit")
public class Visit {
    @Column(primaryKey = true)
    Long id;
    @ForeignKey("pet.id")
    @Column(nullable = false)
    Long petId;
    @Column(nullable = false)
    LocalDate visitedOn;
}
