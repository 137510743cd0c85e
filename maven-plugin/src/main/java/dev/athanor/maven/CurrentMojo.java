package dev.athanor.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code athanor:current}: shows the revisions the database is at ({@code athanor db current}). */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CurrentMojo extends ListingMojo {
    @Override
    String verb() {
        return "current";
    }
}
