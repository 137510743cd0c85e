package dev.athanor.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code athanor:show}: shows one revision ({@code athanor db show}). */
@Mojo(name = "show", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ShowMojo extends AbstractAthanorMojo {
    /** The revision to show. */
    @Parameter(property = "athanor.revision", required = true)
    String revision;

    @Override
    List<String> commandArguments() {
        return List.of("show", revision);
    }
}
