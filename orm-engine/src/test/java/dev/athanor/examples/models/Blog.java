package dev.athanor.examples.models;

import dev.athanor.orm.Registry;

/** The users, posts, comments, groups and profiles of the examples. */
public final class Blog {
    private Blog() {
    }

    /** A registry of every blog class. */
    public static Registry registry() {
        return Registry.of(User.class, Post.class, Comment.class, Group.class, UserGroupAssociation.class,
                UserProfile.class);
    }
}
