package dev.athanor.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code athanor:stamp}: records a revision in the version table without running migrations ({@code athanor db stamp}). */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StampMojo extends AbstractAthanorMojo {
    /** The revision to record. */
    @Parameter(property = "athanor.target", required = true)
    String target;

    /** Empty the version table first. */
    @Parameter(property = "athanor.purge", defaultValue = "false")
    boolean purge;

    @Override
    List<String> commandArguments() {
        List<String> arguments = new ArrayList<>(List.of("stamp", target));
        addFlag(arguments, "--purge", purge);
        return arguments;
    }
}
