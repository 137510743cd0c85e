package dev.athanor.sql;

import java.util.Locale;

/** The kind of a statement, used to tag metrics and to decide whether it returns rows. */
public enum StatementKind {
    SELECT, INSERT, UPDATE, DELETE, DDL, OTHER;

    /** Guesses the kind of textual SQL from its first keyword. */
    public static StatementKind ofSql(String sql) {
        int start = 0;
        int length = sql.length();
        while (start < length && (Character.isWhitespace(sql.charAt(start)) || sql.charAt(start) == '(')) {
            start++;
        }
        int end = start;
        while (end < length && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        return switch (sql.substring(start, end).toUpperCase(Locale.ROOT)) {
            case "SELECT", "WITH", "VALUES", "SHOW", "PRAGMA", "EXPLAIN", "TABLE" -> SELECT;
            case "INSERT", "MERGE", "REPLACE", "UPSERT" -> INSERT;
            case "UPDATE" -> UPDATE;
            case "DELETE" -> DELETE;
            case "CREATE", "DROP", "ALTER", "TRUNCATE", "COMMENT" -> DDL;
            default -> OTHER;
        };
    }
}
