package dev.athanor.orm.internal;

import java.util.Locale;

/**
 * The default names of tables and columns: a Java identifier in snake_case ({@code userId} →
 * {@code user_id}, {@code OrderItem} → {@code order_item}, {@code HTTPStatus} → {@code http_status}).
 * The registry and the metamodel processor both use it, so generated attributes name the same
 * columns the registry creates.
 */
public final class Naming {
    private Naming() {
    }

    /** The snake_case form of a camelCase or PascalCase identifier. */
    public static String snakeCase(String identifier) {
        StringBuilder out = new StringBuilder(identifier.length() + 4);
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLowerOrDigit = i > 0 && (Character.isLowerCase(identifier.charAt(i - 1))
                        || Character.isDigit(identifier.charAt(i - 1)));
                boolean endsAcronym = i > 0 && Character.isUpperCase(identifier.charAt(i - 1))
                        && i + 1 < identifier.length() && Character.isLowerCase(identifier.charAt(i + 1));
                if ((afterLowerOrDigit || endsAcronym) && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The table name of a class: the annotation's, else the simple name in snake_case. */
    public static String tableName(String declared, String simpleClassName) {
        return declared.isEmpty() ? snakeCase(simpleClassName) : declared;
    }

    /** The column name of a field: the annotation's, else the field name in snake_case. */
    public static String columnName(String declared, String fieldName) {
        return declared.isEmpty() ? snakeCase(fieldName) : declared;
    }
}
