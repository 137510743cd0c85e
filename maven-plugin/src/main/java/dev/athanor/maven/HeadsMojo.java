package dev.athanor.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code athanor:heads}: shows the heads of the revision graph ({@code athanor db heads}). */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HeadsMojo extends ListingMojo {
    @Override
    String verb() {
        return "heads";
    }
}
