package dev.athanor.orm.enhanced;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Relationship;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.annotation.UseList;
import dev.athanor.orm.plain.Fan;
import java.util.ArrayList;
import java.util.List;

/** An enhanced author (long key) with novels (one-to-many) and one passport (one-to-one). */
@Table("enh_writer")
public class Writer {
    @Column(primaryKey = true)
    Long id;
    @Column(length = 100)
    String name;
    @Relationship(backPopulates = "writer", cascade = "all, delete-orphan", orderBy = "title")
    List<Novel> novels = new ArrayList<>();
    @Relationship(uselist = UseList.FALSE, backPopulates = "holder", cascade = "all, delete-orphan")
    Passport passport;
    /** Of a plain class: a relationship between an enhanced and a plain class. */
    @Relationship(backPopulates = "writer", orderBy = "name")
    List<Fan> fans = new ArrayList<>();

    Writer() {
    }

    public Writer(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Novel> getNovels() {
        return novels;
    }

    public void setNovels(List<Novel> novels) {
        this.novels = novels;
    }

    public List<Fan> getFans() {
        return fans;
    }

    public Passport getPassport() {
        return passport;
    }

    public void setPassport(Passport passport) {
        this.passport = passport;
    }
}
