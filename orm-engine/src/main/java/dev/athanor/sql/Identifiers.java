package dev.athanor.sql;

import dev.athanor.exc.ArgumentError;
import java.util.regex.Pattern;

/**
 * Checks the names the expression language takes as strings. Names that are quoted when rendered
 * (labels, aliases, CTEs, collations) may hold any character but must exist; function names are
 * written bare, so they must be plain identifiers, optionally schema-qualified.
 */
final class Identifiers {
    private static final Pattern FUNCTION_NAME =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)*");

    private Identifiers() {
    }

    /** The name, if it is neither null, empty nor holding a NUL character (which no database accepts). */
    static String require(String what, String name) {
        if (name == null || name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new ArgumentError("A " + what + " name must be a non-empty string without NUL characters; got "
                    + (name == null ? "null" : "'" + name.replace("\0", "\\0") + "'"));
        }
        return name;
    }

    /**
     * The function name, if it is letters, digits, {@code _} and {@code $}, not starting with a
     * digit, with {@code .} between schema-qualified parts.
     */
    static String functionName(String name) {
        if (name == null || !FUNCTION_NAME.matcher(name).matches()) {
            throw new ArgumentError("Illegal SQL function name " + (name == null ? "null" : "'" + name + "'")
                    + ": func.name() takes letters, digits, '_' and '$' (not starting with a digit), with '.'"
                    + " between schema-qualified parts, e.g. func.name(\"my_schema.my_func\", …)");
        }
        return name;
    }
}
