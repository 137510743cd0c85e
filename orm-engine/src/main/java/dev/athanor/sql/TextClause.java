package dev.athanor.sql;

import dev.athanor.exc.ArgumentError;
import dev.athanor.sql.compiler.CacheKey;
import dev.athanor.sql.compiler.SqlCompiler;
import dev.athanor.types.SqlType;
import dev.athanor.types.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Literal SQL with named bind parameters, like SQLAlchemy's {@code text()}:
 * {@code text("SELECT * FROM users WHERE name = :name")}.
 *
 * <p>{@code :name} becomes a JDBC parameter. These are left as written: {@code :x} inside
 * {@code '…'} string literals, {@code "…"} or {@code `…`} quoted identifiers and comments,
 * PostgreSQL casts ({@code value::int}), and {@code \:} (an escaped colon, sent as {@code :}).
 * Values come from {@link #bindparams} or from the parameters given to {@code execute}; the latter
 * win.
 */
public final class TextClause implements Executable {
    private final String text;
    private final List<Segment> segments;
    private final Map<String, BindParameter<?>> binds;
    private final StatementKind kind;

    private TextClause(String text, List<Segment> segments, Map<String, BindParameter<?>> binds) {
        this.text = text;
        this.segments = segments;
        this.binds = binds;
        this.kind = StatementKind.ofSql(text);
    }

    /** Parses SQL text; prefer {@code Sql.text}. */
    public static TextClause of(String text) {
        if (text == null) {
            throw new ArgumentError("text() needs SQL, got null");
        }
        List<Segment> segments = TextParser.parse(text);
        Map<String, BindParameter<?>> binds = new LinkedHashMap<>();
        for (Segment segment : segments) {
            if (segment.bindName() != null) {
                binds.putIfAbsent(segment.bindName(), BindParameter.required(segment.bindName(), Types.NULL));
            }
        }
        return new TextClause(text, List.copyOf(segments), Collections.unmodifiableMap(binds));
    }

    /** A copy with values for some of the named parameters; types are inferred from values. */
    public TextClause bindparams(Map<String, ?> values) {
        Map<String, BindParameter<?>> copy = new LinkedHashMap<>(binds);
        values.forEach((name, value) -> copy.put(name, existing(name).withValue(value)));
        return new TextClause(text, segments, Collections.unmodifiableMap(copy));
    }

    /** A copy with one parameter's value. */
    public TextClause bindparam(String name, Object value) {
        return bindparams(Collections.singletonMap(name, value));
    }

    /** A copy where a parameter has an explicit type (and optionally a value). */
    public <T> TextClause bindparams(BindParameter<?>... parameters) {
        Map<String, BindParameter<?>> copy = new LinkedHashMap<>(binds);
        for (BindParameter<?> parameter : parameters) {
            existing(parameter.key());
            copy.put(parameter.key(), parameter);
        }
        return new TextClause(text, segments, Collections.unmodifiableMap(copy));
    }

    /** A copy where the named parameter is bound with the given type when executed. */
    public <T> TextClause bindType(String name, SqlType<T> type) {
        return bindparams(BindParameter.required(name, type));
    }

    private BindParameter<?> existing(String name) {
        BindParameter<?> parameter = binds.get(name);
        if (parameter == null) {
            throw new ArgumentError("This text() has no bind parameter ':" + name + "'; it has "
                    + binds.keySet().stream().map(n -> ":" + n).toList());
        }
        return parameter;
    }

    /** The SQL as written. */
    public String text() {
        return text;
    }

    /** The parsed pieces: literal SQL and bind-parameter references, in order. */
    public List<Segment> segments() {
        return segments;
    }

    /** The named parameters, in order of first appearance. */
    public Map<String, BindParameter<?>> binds() {
        return binds;
    }

    @Override
    public StatementKind kind() {
        return kind;
    }

    @Override
    public void compile(SqlCompiler compiler) {
        compiler.visitText(this);
    }

    private final CacheKey.Memo cacheKey = new CacheKey.Memo();

    @Override
    public CacheKey cacheKey() {
        return cacheKey.of(this);
    }

    @Override
    public void appendCacheKey(CacheKey.Builder key) {
        key.append("text").append(text);
        for (BindParameter<?> parameter : binds.values()) {
            parameter.appendCacheKey(key);
        }
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * A piece of parsed text: either literal SQL ({@code bindName} null) or a reference to a bind
     * parameter.
     */
    public record Segment(String sql, String bindName) {
    }

    /** Splits text into literal SQL and {@code :name} references, honouring quotes and comments. */
    private static final class TextParser {
        private final String text;
        private final List<Segment> segments = new ArrayList<>();
        private final StringBuilder literal = new StringBuilder();
        private int position;

        private TextParser(String text) {
            this.text = text;
        }

        static List<Segment> parse(String text) {
            TextParser parser = new TextParser(text);
            parser.run();
            return parser.segments;
        }

        private void run() {
            while (position < text.length()) {
                char c = text.charAt(position);
                if (c == '\'' || c == '"' || c == '`') {
                    copyQuoted(c);
                } else if (c == '-' && peek(1) == '-') {
                    copyUntil("\n");
                } else if (c == '/' && peek(1) == '*') {
                    copyUntil("*/");
                } else if (c == '\\' && peek(1) == ':') {
                    literal.append(':');
                    position += 2;
                } else if (c == ':' && peek(1) == ':') {
                    literal.append("::");
                    position += 2;
                } else if (c == ':' && isNameStart(peek(1)) && !precededByWord()) {
                    readBindName();
                } else {
                    literal.append(c);
                    position++;
                }
            }
            flushLiteral();
        }

        private static boolean isNameStart(char c) {
            return Character.isLetter(c) || c == '_';
        }

        private static boolean isNamePart(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }

        private boolean precededByWord() {
            return position > 0 && Character.isLetterOrDigit(text.charAt(position - 1));
        }

        private char peek(int offset) {
            int index = position + offset;
            return index < text.length() ? text.charAt(index) : '\0';
        }

        private void copyQuoted(char quote) {
            int end = position + 1;
            while (end < text.length()) {
                if (text.charAt(end) == quote) {
                    if (end + 1 < text.length() && text.charAt(end + 1) == quote) {
                        end += 2; // a doubled quote is an escaped quote, still inside
                        continue;
                    }
                    break;
                }
                end++;
            }
            int stop = Math.min(end + 1, text.length());
            literal.append(text, position, stop);
            position = stop;
        }

        private void copyUntil(String terminator) {
            int end = text.indexOf(terminator, position + 2);
            int stop = end < 0 ? text.length() : end + terminator.length();
            literal.append(text, position, stop);
            position = stop;
        }

        private void readBindName() {
            int start = position + 1;
            int end = start;
            while (end < text.length() && isNamePart(text.charAt(end))) {
                end++;
            }
            flushLiteral();
            segments.add(new Segment(null, text.substring(start, end)));
            position = end;
        }

        private void flushLiteral() {
            if (literal.length() > 0) {
                segments.add(new Segment(literal.toString(), null));
                literal.setLength(0);
            }
        }
    }
}
