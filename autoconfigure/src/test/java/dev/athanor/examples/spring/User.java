package dev.athanor.examples.spring;

import dev.athanor.orm.annotation.Column;
import dev.athanor.orm.annotation.Table;

/** The documents' user, as the Spring examples store it. */
@Table("users")
public class User {
    @Column(primaryKey = true)
    Integer id;
    @Column(length = 50, nullable = false, unique = true)
    String username;
    @Column(length = 100, nullable = false)
    String email;

    protected User() {
    }

    public User(String username, String email) {
        this.username = username;
        this.email = email;
    }

    public Integer getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }
}
