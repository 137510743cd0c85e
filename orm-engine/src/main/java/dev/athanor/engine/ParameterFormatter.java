package dev.athanor.engine;

import java.util.List;

/**
 * Renders parameter values for logs and error messages the way SQLAlchemy does: a tuple per
 * parameter set, long strings and binary values shortened, and many sets summarised, so that a
 * 10 MB value or a 100,000-row batch never floods a log line.
 */
final class ParameterFormatter {
    private static final int MAX_CHARS = 300;
    private static final int MAX_SETS = 10;

    private ParameterFormatter() {
    }

    /** One parameter set as {@code (1, 'Alice', None)}. */
    static String tuple(Object[] values, int maxChars) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(value(values[i], maxChars));
        }
        if (values.length == 1) {
            text.append(',');
        }
        return text.append(')').toString();
    }

    /** Several parameter sets, at most {@value #MAX_SETS} shown. */
    static String sets(List<Object[]> sets) {
        if (sets.size() == 1) {
            return tuple(sets.get(0), MAX_CHARS);
        }
        StringBuilder text = new StringBuilder("[");
        int shown = Math.min(sets.size(), MAX_SETS);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(tuple(sets.get(i), MAX_CHARS));
        }
        if (sets.size() > shown) {
            text.append(" ... displaying ").append(shown).append(" of ").append(sets.size())
                    .append(" total bound parameter sets ...");
        }
        return text.append(']').toString();
    }

    private static String value(Object value, int maxChars) {
        if (value == null) {
            return "None";
        }
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        if (value instanceof CharSequence chars) {
            return "'" + shorten(chars.toString(), maxChars) + "'";
        }
        return shorten(value.toString(), maxChars);
    }

    private static String shorten(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int keep = maxChars / 2;
        return text.substring(0, keep) + " ... (" + (text.length() - 2 * keep) + " characters truncated) ... "
                + text.substring(text.length() - keep);
    }
}
