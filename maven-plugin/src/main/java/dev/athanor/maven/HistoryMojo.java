package dev.athanor.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code athanor:history}: lists revisions, newest first ({@code athanor db history}). */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HistoryMojo extends AbstractAthanorMojo {
    /** A range {@code A:B} (ids, {@code base}, {@code head}, {@code current}, relative steps). */
    @Parameter(property = "athanor.range")
    String range;

    /** Show each revision in full. */
    @Parameter(property = "athanor.verbose", defaultValue = "false")
    boolean verbose;

    /** Mark the revisions the database is at. */
    @Parameter(property = "athanor.indicateCurrent", defaultValue = "false")
    boolean indicateCurrent;

    @Override
    List<String> commandArguments() {
        List<String> arguments = new ArrayList<>(List.of("history"));
        addOption(arguments, "--rev-range", range);
        addFlag(arguments, "--verbose", verbose);
        addFlag(arguments, "--indicate-current", indicateCurrent);
        return arguments;
    }
}
