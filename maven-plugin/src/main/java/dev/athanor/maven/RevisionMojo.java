package dev.athanor.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code athanor:revision}: writes a new revision class, empty or filled from the mapping ({@code athanor db revision}). */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RevisionMojo extends AbstractAthanorMojo {
    /** The revision's message. */
    @Parameter(property = "athanor.message", required = true)
    String message;

    /** Fill the revision with the changes the mapped entities need (Alembic's {@code --autogenerate}). */
    @Parameter(property = "athanor.autogenerate", defaultValue = "false")
    boolean autogenerate;

    /** The revision it follows. */
    @Parameter(property = "athanor.head")
    String head;

    /** A branch label for the new revision. */
    @Parameter(property = "athanor.branchLabel")
    String branchLabel;

    /** Revisions it depends on, comma-separated. */
    @Parameter(property = "athanor.dependsOn")
    String dependsOn;

    /** Allow following a revision that is not a head. */
    @Parameter(property = "athanor.splice", defaultValue = "false")
    boolean splice;

    @Override
    List<String> commandArguments() {
        List<String> arguments = new ArrayList<>(List.of("revision", "-m", message));
        addFlag(arguments, "--autogenerate", autogenerate);
        addOption(arguments, "--head", head);
        addOption(arguments, "--branch-label", branchLabel);
        addOption(arguments, "--depends-on", dependsOn);
        addFlag(arguments, "--splice", splice);
        return arguments;
    }
}
