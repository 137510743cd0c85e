package dev.athanor.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What SQLite keeps only in the text of a {@code CREATE TABLE} statement: constraint names, check
 * conditions, which columns a unique constraint covers, and {@code WITHOUT ROWID}. PRAGMAs report
 * the rest. The statement is split into tokens (names with their quotes removed, string literals,
 * parenthesised groups kept whole), so commas and keywords inside expressions or quoted names are
 * never mistaken for structure.
 */
final class SqliteTableSql {
    /** Words that end a column definition's type and start one of its constraints. */
    private static final Set<String> CLEARS_PENDING_NAME = Set.of("NOT", "NULL", "DEFAULT", "COLLATE",
            "GENERATED", "AS");

    /** A constraint's name ({@code null} if declared without one) and the columns it covers. */
    record Named(String name, List<String> columns) {
    }

    /** A check constraint's name ({@code null} if declared without one) and its condition. */
    record Check(String name, String condition) {
    }

    private String primaryKeyName;
    private final List<Named> uniques = new ArrayList<>();
    private final List<Named> foreignKeys = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private boolean withoutRowid;

    private SqliteTableSql() {
    }

    /** Parses the statement stored in {@code sqlite_master.sql}. */
    static SqliteTableSql parse(String createTable) {
        SqliteTableSql table = new SqliteTableSql();
        List<Token> statement = Token.split(createTable);
        int body = 0;
        while (body < statement.size() && statement.get(body).kind() != Token.Kind.GROUP) {
            body++;
        }
        if (body == statement.size()) {
            return table;
        }
        for (List<Token> definition : Token.splitOnCommas(Token.split(statement.get(body).text()))) {
            if (!definition.isEmpty()) {
                table.readDefinition(definition);
            }
        }
        for (int i = body + 1; i + 1 < statement.size(); i++) {
            if (statement.get(i).isWord("WITHOUT") && statement.get(i + 1).isWord("ROWID")) {
                table.withoutRowid = true;
            }
        }
        return table;
    }

    String primaryKeyName() {
        return primaryKeyName;
    }

    List<Named> uniques() {
        return uniques;
    }

    List<Named> foreignKeys() {
        return foreignKeys;
    }

    List<Check> checks() {
        return checks;
    }

    boolean withoutRowid() {
        return withoutRowid;
    }

    /** A column definition, or a table constraint when it starts with a constraint keyword. */
    private void readDefinition(List<Token> tokens) {
        Token first = tokens.get(0);
        boolean tableConstraint = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN")
                .stream().anyMatch(first::isWord);
        List<String> ownColumn = tableConstraint ? null : List.of(first.text());
        String pendingName = null;
        for (int i = tableConstraint ? 0 : 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isWord("CONSTRAINT") && i + 1 < tokens.size()) {
                pendingName = tokens.get(++i).text();
            } else if (token.isWord("PRIMARY")) {
                primaryKeyName = pendingName;
                pendingName = null;
            } else if (token.isWord("UNIQUE")) {
                uniques.add(new Named(pendingName, ownColumn != null ? ownColumn : groupColumns(tokens, i)));
                pendingName = null;
            } else if (token.isWord("CHECK") && i + 1 < tokens.size()) {
                checks.add(new Check(pendingName, tokens.get(++i).text().strip()));
                pendingName = null;
            } else if ((token.isWord("REFERENCES") && ownColumn != null) || token.isWord("FOREIGN")) {
                foreignKeys.add(new Named(pendingName, ownColumn != null ? ownColumn : groupColumns(tokens, i)));
                pendingName = null;
            } else if (token.kind() == Token.Kind.WORD && CLEARS_PENDING_NAME.contains(token.upper())) {
                pendingName = null;
            }
        }
    }

    /** The names in the first parenthesised group after {@code from}: {@code UNIQUE (a, b COLLATE x)}. */
    private static List<String> groupColumns(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Token.Kind.GROUP) {
                return Token.splitOnCommas(Token.split(tokens.get(i).text())).stream()
                        .filter(part -> !part.isEmpty()).map(part -> part.get(0).text()).toList();
            }
        }
        return List.of();
    }

    /** One token of SQL: a name or keyword (unquoted), a string literal, a whole group, or punctuation. */
    private record Token(Kind kind, String text, boolean quoted) {
        enum Kind { WORD, STRING, GROUP, COMMA, OTHER }

        boolean isWord(String keyword) {
            return kind == Kind.WORD && !quoted && text.equalsIgnoreCase(keyword);
        }

        String upper() {
            return text.toUpperCase(Locale.ROOT);
        }

        static List<Token> split(String sql) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < sql.length()) {
                char c = sql.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (sql.startsWith("--", i)) {
                    int end = sql.indexOf('\n', i);
                    i = end < 0 ? sql.length() : end + 1;
                } else if (sql.startsWith("/*", i)) {
                    int end = sql.indexOf("*/", i + 2);
                    i = end < 0 ? sql.length() : end + 2;
                } else if (c == '"' || c == '`' || c == '[' || c == '\'') {
                    char close = c == '[' ? ']' : c;
                    StringBuilder text = new StringBuilder();
                    i++;
                    while (i < sql.length()) {
                        boolean doubled = close != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == close;
                        if (sql.charAt(i) == close && doubled) {
                            text.append(close);
                            i += 2;
                        } else if (sql.charAt(i) == close) {
                            i++;
                            break;
                        } else {
                            text.append(sql.charAt(i++));
                        }
                    }
                    tokens.add(new Token(c == '\'' ? Kind.STRING : Kind.WORD, text.toString(), true));
                } else if (c == '(') {
                    int end = closing(sql, i);
                    tokens.add(new Token(Kind.GROUP, sql.substring(i + 1, end), false));
                    i = end + 1;
                } else if (c == ',') {
                    tokens.add(new Token(Kind.COMMA, ",", false));
                    i++;
                } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                    int start = i;
                    while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                            || sql.charAt(i) == '$')) {
                        i++;
                    }
                    tokens.add(new Token(Kind.WORD, sql.substring(start, i), false));
                } else {
                    tokens.add(new Token(Kind.OTHER, String.valueOf(c), false));
                    i++;
                }
            }
            return tokens;
        }

        static List<List<Token>> splitOnCommas(List<Token> tokens) {
            List<List<Token>> parts = new ArrayList<>();
            List<Token> part = new ArrayList<>();
            for (Token token : tokens) {
                if (token.kind == Kind.COMMA) {
                    parts.add(part);
                    part = new ArrayList<>();
                } else {
                    part.add(token);
                }
            }
            parts.add(part);
            return parts;
        }

        /** The index of the parenthesis closing the one at {@code open}, or the end of the text. */
        private static int closing(String sql, int open) {
            int depth = 0;
            char quote = 0;
            for (int i = open; i < sql.length(); i++) {
                char c = sql.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\'' || c == '"' || c == '`') {
                    quote = c;
                } else if (c == '[') {
                    quote = ']';
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i;
                }
            }
            return sql.length();
        }
    }
}
