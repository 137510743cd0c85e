package dev.athanor.migrate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Identifies a {@link Migration} in the revision graph, with Alembic's vocabulary:
 * {@code revision}, {@code down_revision} (several for a merge, none for a root),
 * {@code branch_labels} and {@code depends_on}.
 *
 * <pre>
 * &#64;Revision(id = "1a2b3c4d5e6f", downRevision = "9f8e7d6c5b4a", message = "add users.email")
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    /** The revision id, conventionally 12 hex digits. */
    String id();

    /** The revision(s) this one follows; empty (or {@code ""}) for a root revision. */
    String[] downRevision() default {};

    /** Branch labels this revision starts, usable as {@code label@head}. */
    String[] branchLabels() default {};

    /** Revisions (or branch labels) that must be applied before this one, without being parents. */
    String[] dependsOn() default {};

    /** The message given to {@code revision -m}. */
    String message() default "";
}
