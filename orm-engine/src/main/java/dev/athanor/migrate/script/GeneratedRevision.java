package dev.athanor.migrate.script;

import java.nio.file.Path;

/**
 * A revision source file written by {@code revision} or {@code merge}.
 *
 * @param id        the new revision id
 * @param className the fully qualified name of the class written
 * @param file      the {@code .java} file
 */
public record GeneratedRevision(String id, String className, Path file) {
}
