package com.example.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.ArrayList;
import java.util.List;

@Table("owner")
public class Owner {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 100, nullable = false, unique = true)
    String name;
    @Relationship(backPopulates = "owner")
    List<Pet> pets = new ArrayList<>();
}
