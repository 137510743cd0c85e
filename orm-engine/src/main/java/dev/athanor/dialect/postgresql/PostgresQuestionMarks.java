package dev.athanor.dialect.postgresql;

/**
 * Escapes the {@code ?} characters of user-written SQL as {@code ??} for pgjdbc, which reads every
 * {@code ?} outside string literals, quoted identifiers, dollar quotes and comments as a
 * placeholder; jsonb's {@code ?}, {@code ?|} and {@code ?&} operators then reach the server intact.
 * The same regions pgjdbc skips are skipped here, so a {@code ?} inside them is left alone.
 */
final class PostgresQuestionMarks {
    private final String sql;
    private final StringBuilder out;
    private int position;

    private PostgresQuestionMarks(String sql) {
        this.sql = sql;
        this.out = new StringBuilder(sql.length() + 4);
    }

    static String escape(String sql) {
        if (sql.indexOf('?') < 0) {
            return sql;
        }
        PostgresQuestionMarks scanner = new PostgresQuestionMarks(sql);
        scanner.run();
        return scanner.out.toString();
    }

    private void run() {
        while (position < sql.length()) {
            char c = sql.charAt(position);
            if (c == '\'') {
                copyQuoted('\'', isEscapeStringPrefix());
            } else if (c == '"') {
                copyQuoted('"', false);
            } else if (c == '-' && peek(1) == '-') {
                copyThrough(sql.indexOf('\n', position), 1);
            } else if (c == '/' && peek(1) == '*') {
                copyBlockComment();
            } else if (c == '$' && dollarTag() != null) {
                String tag = dollarTag();
                copyThrough(sql.indexOf(tag, position + tag.length()), tag.length());
            } else {
                out.append(c == '?' ? "??" : String.valueOf(c));
                position++;
            }
        }
    }

    private char peek(int offset) {
        int index = position + offset;
        return index < sql.length() ? sql.charAt(index) : '\0';
    }

    /** Whether the quote at the position opens an {@code E'…'} string, where backslash escapes. */
    private boolean isEscapeStringPrefix() {
        if (position == 0 || Character.toUpperCase(sql.charAt(position - 1)) != 'E') {
            return false;
        }
        return position == 1 || !isIdentifierPart(sql.charAt(position - 2));
    }

    private void copyQuoted(char quote, boolean backslashEscapes) {
        int end = position + 1;
        while (end < sql.length()) {
            char c = sql.charAt(end);
            if (backslashEscapes && c == '\\') {
                end += 2;
                continue;
            }
            if (c == quote) {
                if (end + 1 < sql.length() && sql.charAt(end + 1) == quote) {
                    end += 2;
                    continue;
                }
                break;
            }
            end++;
        }
        copyThrough(end < sql.length() ? end : -1, 1);
    }

    /** PostgreSQL block comments nest. */
    private void copyBlockComment() {
        int depth = 0;
        int end = position;
        while (end < sql.length()) {
            if (sql.startsWith("/*", end)) {
                depth++;
                end += 2;
            } else if (sql.startsWith("*/", end)) {
                depth--;
                end += 2;
                if (depth == 0) {
                    break;
                }
            } else {
                end++;
            }
        }
        out.append(sql, position, end);
        position = end;
    }

    /** The {@code $tag$} opening a dollar-quoted string at the position, or null. */
    private String dollarTag() {
        if (position > 0 && isIdentifierPart(sql.charAt(position - 1))) {
            return null; // $ inside a name such as a$b, or a $1 parameter reference
        }
        int end = position + 1;
        while (end < sql.length() && (Character.isLetter(sql.charAt(end)) || sql.charAt(end) == '_'
                || (end > position + 1 && Character.isDigit(sql.charAt(end))))) {
            end++;
        }
        return end < sql.length() && sql.charAt(end) == '$' ? sql.substring(position, end + 1) : null;
    }

    /** Copies up to {@code index + length}, or to the end when {@code index} is -1 (unterminated). */
    private void copyThrough(int index, int length) {
        int stop = index < 0 ? sql.length() : index + length;
        out.append(sql, position, stop);
        position = stop;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
