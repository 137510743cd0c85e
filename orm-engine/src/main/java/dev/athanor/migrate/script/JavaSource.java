package dev.athanor.migrate.script;

import java.util.Set;
import java.util.TreeSet;

/**
 * Pieces of generated Java: string literals, and the imports the rendered code needs, kept sorted
 * so the written file reads like hand-written code.
 */
final class JavaSource {
    private final Set<String> imports = new TreeSet<>();
    private final Set<String> staticImports = new TreeSet<>();

    /** {@code simpleName}, imported from {@code packageName}. */
    String type(Class<?> type) {
        imports.add(type.getName().replace('$', '.'));
        return type.getSimpleName();
    }

    /** {@code member} of {@code owner}, statically imported. */
    String member(Class<?> owner, String member) {
        staticImports.add(owner.getName() + "." + member);
        return member;
    }

    Set<String> imports() {
        return imports;
    }

    Set<String> staticImports() {
        return staticImports;
    }

    /** {@code value} as a Java string literal, {@code null} as {@code null}. */
    static String literal(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
