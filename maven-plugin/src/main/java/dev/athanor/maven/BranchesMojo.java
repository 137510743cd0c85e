package dev.athanor.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code athanor:branches}: shows the revisions where the graph branches ({@code athanor db branches}). */
@Mojo(name = "branches", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class BranchesMojo extends ListingMojo {
    @Override
    String verb() {
        return "branches";
    }
}
