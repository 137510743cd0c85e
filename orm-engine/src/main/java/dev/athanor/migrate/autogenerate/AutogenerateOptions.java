package dev.athanor.migrate.autogenerate;

import dev.athanor.schema.MetaData;
import java.util.Objects;

/**
 * What autogenerate compares, as Alembic's {@code env.py} settings: the target {@link MetaData}
 * ({@code target_metadata}), whether types ({@code compare_type}, on) and server defaults
 * ({@code compare_server_default}, off) are compared, and which tables and columns are considered
 * ({@code include_object}).
 *
 * <pre>{@code
 * AutogenerateOptions.of(registry.metadata()).compareServerDefaults(true)
 *         .include((type, table, name, reflected) -> !table.startsWith("legacy_"));
 * }</pre>
 *
 * @param target                the mapped tables the database should match
 * @param compareTypes          report type changes
 * @param compareServerDefaults report server default changes
 * @param include               the tables and columns to consider
 */
public record AutogenerateOptions(MetaData target, boolean compareTypes, boolean compareServerDefaults,
                                  IncludeObject include) {

    public AutogenerateOptions {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(include, "include");
    }

    /** Compare with {@code target}: types compared, server defaults not, every table considered. */
    public static AutogenerateOptions of(MetaData target) {
        return new AutogenerateOptions(target, true, false, (type, table, name, reflected) -> true);
    }

    /** These options with type comparison on or off. */
    public AutogenerateOptions compareTypes(boolean compare) {
        return new AutogenerateOptions(target, compare, compareServerDefaults, include);
    }

    /** These options with server default comparison on or off. */
    public AutogenerateOptions compareServerDefaults(boolean compare) {
        return new AutogenerateOptions(target, compareTypes, compare, include);
    }

    /** These options considering only what {@code filter} accepts. */
    public AutogenerateOptions include(IncludeObject filter) {
        return new AutogenerateOptions(target, compareTypes, compareServerDefaults, filter);
    }
}
