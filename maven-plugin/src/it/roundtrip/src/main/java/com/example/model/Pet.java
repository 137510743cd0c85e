package com.example.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;

@Table("pet")
public class Pet {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 50, nullable = false, index = true)
    String name;
    @ForeignKey("owner.id")
    @Column(nullable = false)
    Long ownerId;
    @Relationship(backPopulates = "pets")
    Owner owner;
}
