package dev.athanor.dialect;

import dev.athanor.exc.ArgumentError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.TreeSet;

/** Finds dialects through {@link ServiceLoader}, by URL scheme or by JDBC URL prefix. */
public final class Dialects {
    private Dialects() {
    }

    /** A new instance of the dialect registered for a URL scheme ({@code postgresql}, {@code h2}). */
    public static Dialect forScheme(String scheme) {
        String wanted = scheme.toLowerCase(Locale.ROOT);
        for (Dialect dialect : load()) {
            if (dialect.urlSchemes().contains(wanted)) {
                return dialect;
            }
        }
        throw new ArgumentError("Unknown dialect '" + scheme + "'; known dialects are " + knownSchemes());
    }

    /** A new instance of the dialect that handles a plain {@code jdbc:} URL. */
    public static Dialect forJdbcUrl(String jdbcUrl) {
        for (Dialect dialect : load()) {
            if (jdbcUrl.startsWith(dialect.jdbcUrlPrefix())) {
                return dialect;
            }
        }
        throw new ArgumentError("No dialect handles the JDBC URL prefix of '" + jdbcUrl.split("[;?]")[0]
                + "'; known dialects are " + knownSchemes());
    }

    /** Every registered URL scheme, sorted. */
    public static List<String> knownSchemes() {
        TreeSet<String> schemes = new TreeSet<>();
        for (Dialect dialect : load()) {
            schemes.addAll(dialect.urlSchemes());
        }
        return new ArrayList<>(schemes);
    }

    private static List<Dialect> load() {
        List<Dialect> dialects = new ArrayList<>();
        ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader()).forEach(dialects::add);
        return dialects;
    }
}
