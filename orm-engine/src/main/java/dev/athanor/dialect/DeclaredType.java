package dev.athanor.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column type as a database spells it, split into a name and its arguments:
 * {@code timestamp(3) without time zone} is {@code TIMESTAMP WITHOUT TIME ZONE} with {@code [3]},
 * {@code enum('a','b')} is {@code ENUM} with {@code ['a', 'b']}.
 *
 * @param text the type as reported, kept for display
 * @param name the name in upper case with arguments removed and spaces collapsed
 * @param args the arguments of the first parenthesised list, trimmed, string literals unquoted
 */
public record DeclaredType(String text, String name, List<String> args) {

    public DeclaredType {
        args = List.copyOf(args);
    }

    /** A type from its full text as the database reports it. */
    public static DeclaredType parse(String text) {
        StringBuilder name = new StringBuilder();
        List<String> args = new ArrayList<>();
        int depth = 0;
        boolean firstGroup = true;
        boolean inString = false;
        StringBuilder arg = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    arg.append(c);
                    i++;
                } else if (c == '\'') {
                    inString = false;
                } else {
                    arg.append(c);
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    String last = arg.toString().trim();
                    if (firstGroup && (!last.isEmpty() || !args.isEmpty())) {
                        args.add(last);
                    }
                    firstGroup = false;
                    name.append(' ');
                }
            } else if (depth == 0) {
                name.append(c);
            } else if (firstGroup && depth == 1 && c == ',') {
                args.add(arg.toString().trim());
                arg.setLength(0);
            } else if (firstGroup && c == '\'') {
                inString = true;
            } else if (firstGroup) {
                arg.append(c);
            }
        }
        String normalised = name.toString().trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return new DeclaredType(text, normalised, args);
    }

    /** A type from a name and arguments reported apart (JDBC metadata's size columns). */
    public static DeclaredType of(String name, List<?> args) {
        List<String> texts = args.stream().map(String::valueOf).toList();
        String text = texts.isEmpty() ? name : name + "(" + String.join(", ", texts) + ")";
        return new DeclaredType(text, name.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT), texts);
    }

    /** The argument at {@code index} as a number, or {@code null} when absent or not a number. */
    public Integer intArg(int index) {
        if (index >= args.size()) {
            return null;
        }
        try {
            return Integer.valueOf(args.get(index).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
