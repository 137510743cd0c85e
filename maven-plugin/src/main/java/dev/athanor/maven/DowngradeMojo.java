package dev.athanor.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code athanor:downgrade}: reverts the database to an earlier revision ({@code athanor db
 * downgrade}); with {@code -Dathanor.sql} prints the SQL of {@code FROM:TO} instead.
 */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DowngradeMojo extends MoveMojo {
    /** {@code -1}, {@code base}, a revision id, or {@code FROM:TO} with {@code sql}. */
    @Parameter(property = "athanor.target", required = true)
    String target;

    @Override
    String verb() {
        return "downgrade";
    }

    @Override
    String target() {
        return target;
    }
}
