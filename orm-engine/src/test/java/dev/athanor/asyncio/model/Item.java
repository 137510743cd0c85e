package dev.athanor.asyncio.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;

/** The seed's async example: {@code class Item(Base): id, name}. */
@Table("aio_item")
public class Item {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 50)
    String name;

    Item() {
    }

    public Item(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
