package dev.athanor.migrate.autogenerate;

import java.util.Locale;

/**
 * Brings server default text to a comparable form: databases read a default back with their own
 * spelling ({@code 'a'::character varying} on PostgreSQL, {@code ('a')} on SQL Server and
 * SQLite), so those wrappers are removed before comparing.
 */
final class ServerDefaults {
    private ServerDefaults() {
    }

    static String normalize(String sqlText) {
        if (sqlText == null) {
            return null;
        }
        String text = sqlText.trim();
        while (text.startsWith("(") && text.endsWith(")")) {
            text = text.substring(1, text.length() - 1).trim();
        }
        int cast = text.lastIndexOf("::");
        if (cast > 0 && text.lastIndexOf('\'') < cast) {
            text = text.substring(0, cast).trim();
        }
        return text.toLowerCase(Locale.ROOT).equals("null") ? null : text;
    }
}
