package dev.athanor.sql.compiler;

import java.util.Locale;
import java.util.Set;

/**
 * Decides when an identifier must be quoted and how, for one dialect. A name is quoted when it is
 * a reserved word, contains characters outside {@code [a-z0-9_$]}, starts with a digit, or is not
 * in the case the database folds unquoted names to; otherwise it is left bare so that hand-written
 * SQL ({@code text("SELECT name FROM users")}) finds it.
 */
public class IdentifierPreparer {
    private final String initialQuote;
    private final String finalQuote;
    private final Set<String> reservedWords;
    private final boolean foldsToUpper;

    /**
     * @param initialQuote the opening quote ({@code "}, {@code `} or {@code [})
     * @param finalQuote the closing quote, doubled inside a name to escape it
     * @param reservedWords lower-case words that must always be quoted
     * @param foldsToUpper whether the database stores unquoted names in upper case (H2, Oracle)
     */
    public IdentifierPreparer(String initialQuote, String finalQuote, Set<String> reservedWords,
                              boolean foldsToUpper) {
        this.initialQuote = initialQuote;
        this.finalQuote = finalQuote;
        this.reservedWords = Set.copyOf(reservedWords);
        this.foldsToUpper = foldsToUpper;
    }

    /** The name as it must appear in SQL: bare when safe, else quoted with quotes escaped. */
    public String quote(String name) {
        return requiresQuotes(name) ? quoteAlways(name) : name;
    }

    /** The name quoted unconditionally. */
    public String quoteAlways(String name) {
        return initialQuote + name.replace(finalQuote, finalQuote + finalQuote) + finalQuote;
    }

    /** {@code schema.name}, each part quoted as needed; {@code schema} may be null. */
    public String qualify(String schema, String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    /** Whether the name can only be written quoted. */
    public boolean requiresQuotes(String name) {
        if (name.isEmpty() || reservedWords.contains(name.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (Character.isDigit(name.charAt(0)) || name.charAt(0) == '$') {
            return true;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean legal = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
            if (!legal) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name as Athanor shows it, given the name the database reports: databases that fold to
     * upper case report {@code USERS} for a table created as {@code users}.
     */
    public String normalizeName(String reported) {
        if (reported == null || !foldsToUpper) {
            return reported;
        }
        return reported.equals(reported.toUpperCase(Locale.ROOT)) && !requiresQuotes(reported.toLowerCase(Locale.ROOT))
                ? reported.toLowerCase(Locale.ROOT) : reported;
    }

    /** The name as the database stores it: the inverse of {@link #normalizeName}. */
    public String denormalizeName(String name) {
        if (name == null || !foldsToUpper || requiresQuotes(name)) {
            return name;
        }
        return name.toUpperCase(Locale.ROOT);
    }
}
