package dev.athanor.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code athanor:init}: creates the migrations package under the source directory ({@code athanor db init}). */
@Mojo(name = "init", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class InitMojo extends AbstractAthanorMojo {
    @Override
    List<String> commandArguments() {
        return List.of("init");
    }
}
