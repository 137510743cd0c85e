package dev.athanor.orm.enhanced;

import dev.athanor.schema.Autoincrement;
import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.ForeignKey;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import java.util.UUID;

/** The one passport (UUID key) of a {@link Writer}. */
@Table("enh_passport")
public class Passport {
    @Column(primaryKey = true, autoincrement = Autoincrement.FALSE)
    UUID id;
    @Column(length = 20)
    String number;
    @Column(unique = true)
    @ForeignKey("enh_writer.id")
    Long holderId;
    @Relationship(backPopulates = "passport")
    Writer holder;

    Passport() {
    }

    public Passport(UUID id, String number) {
        this.id = id;
        this.number = number;
    }

    public UUID getId() {
        return id;
    }

    public Writer getHolder() {
        return holder;
    }

    public void setHolder(Writer holder) {
        this.holder = holder;
    }
}
