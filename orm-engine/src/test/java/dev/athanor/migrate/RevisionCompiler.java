package dev.athanor.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athanor.migrate.script.ScriptDirectory;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles generated revision sources with javac, as a user's build would, and scans the classes for revisions. */
public final class RevisionCompiler {
    private RevisionCompiler() {
    }

    /** Compiles every source under {@code sources} into a fresh directory under {@code work} and scans {@code packageName}. */
    public static ScriptDirectory compileAndScan(Path sources, Path work, String packageName) throws Exception {
        return ScriptDirectory.scan(packageName, compile(sources, work));
    }

    /** Compiles every source under {@code sources} into a fresh directory under {@code work}; a loader of the classes. */
    public static ClassLoader compile(Path sources, Path work) throws Exception {
        Path classes = Files.createTempDirectory(work, "classes");
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "-Xlint:all",
                "-cp", System.getProperty("java.class.path")));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> arguments.add(f.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(status).as("javac output: %s", errors).isZero();
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, RevisionCompiler.class.getClassLoader());
    }
}
