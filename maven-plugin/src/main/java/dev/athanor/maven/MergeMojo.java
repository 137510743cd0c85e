package dev.athanor.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code athanor:merge}: writes a revision merging several heads ({@code athanor db merge}). */
@Mojo(name = "merge", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MergeMojo extends AbstractAthanorMojo {
    /** The revisions to merge, comma-separated ({@code heads} for all). */
    @Parameter(property = "athanor.revisions", required = true)
    List<String> revisions;

    /** The merge revision's message. */
    @Parameter(property = "athanor.message")
    String message;

    @Override
    List<String> commandArguments() {
        List<String> arguments = new ArrayList<>(List.of("merge"));
        arguments.addAll(revisions);
        addOption(arguments, "--message", message);
        return arguments;
    }
}
