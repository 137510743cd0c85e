package dev.athanor.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code athanor:upgrade}: upgrades the database to a later revision ({@code athanor db upgrade});
 * with {@code -Dathanor.sql} prints the SQL instead, needing no connection.
 */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class UpgradeMojo extends MoveMojo {
    /** {@code head} (the default), {@code +1}, a revision id or a range {@code FROM:TO} with {@code sql}. */
    @Parameter(property = "athanor.target", defaultValue = "head")
    String target;

    @Override
    String verb() {
        return "upgrade";
    }

    @Override
    String target() {
        return target;
    }
}
