package dev.athanor.orm.model;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;
import dev.athanor.orm.annotation.Version;

/** A document under optimistic locking. */
@Table
public class Document {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 200)
    String body;
    @Version
    int version;

    Document() {
    }

    public Document(String body) {
        this.body = body;
    }

    public Integer getId() {
        return id;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public int getVersion() {
        return version;
    }
}
