package dev.athanor.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code athanor:check}: fails the build when the mapped entities have changes no revision holds
 * yet, listing them ({@code athanor db check}, Alembic's {@code alembic check}). Bound to
 * {@code verify} when added to a build's plugins, so CI catches a forgotten revision.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class CheckMojo extends AbstractAthanorMojo {
    @Override
    List<String> commandArguments() {
        return List.of("check");
    }
}
