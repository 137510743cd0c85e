package dev.athanor.maven;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What {@code athanor:upgrade} and {@code athanor:downgrade} share: a target, and Alembic's offline
 * mode ({@code --sql}), which writes the SQL script instead of connecting, to the build log or to
 * {@code athanor.outputFile}.
 */
abstract class MoveMojo extends AbstractAthanorMojo {
    /** Print the SQL instead of running it (Alembic's offline mode). */
    @Parameter(property = "athanor.sql", defaultValue = "false")
    boolean sql;

    /** With {@code athanor.sql}: the file the SQL script is written to, instead of the build log. */
    @Parameter(property = "athanor.outputFile")
    File outputFile;

    abstract String verb();

    abstract String target();

    @Override
    List<String> commandArguments() {
        List<String> arguments = new ArrayList<>(List.of(verb(), target()));
        addFlag(arguments, "--sql", sql);
        return arguments;
    }

    @Override
    Writer output() throws MojoExecutionException {
        if (!sql || outputFile == null) {
            return super.output();
        }
        try {
            File parent = outputFile.getAbsoluteFile().getParentFile();
            Files.createDirectories(parent.toPath());
            getLog().info("Writing the SQL script to " + outputFile);
            return Files.newBufferedWriter(outputFile.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + outputFile + ": " + e.getMessage(), e);
        }
    }
}
