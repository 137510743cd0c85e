package dev.athanor.types;

import dev.athanor.exc.ArgumentError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON document, carried as {@code javaType} and converted with Jackson 3 ({@code JSONB} on
 * PostgreSQL, {@code JSON} where the database has it, text elsewhere). {@code Object} maps to
 * Jackson's natural form: maps, lists, strings, numbers, booleans.
 *
 * <p>As with SQLAlchemy's plain {@code JSON}, the ORM sees a change only when the attribute is
 * given another value: {@code doc.getData().put("k", "v")} alone is not written. A type made with
 * {@link #asMutable()} (SQLAlchemy's {@code MutableDict.as_mutable(JSON)}) asks the ORM to detect
 * maps and lists changed in place as well.
 *
 * @param javaType the class documents are read into
 * @param mutable  whether the ORM detects in-place changes of a value of this type
 */
public record JsonType<T>(Class<T> javaType, boolean mutable) implements SqlType<T> {

    /** A JSON type whose values the ORM compares only when they are replaced. */
    public JsonType(Class<T> javaType) {
        this(javaType, false);
    }

    /**
     * This type with in-place change tracking: a map or list the ORM loads into an attribute of
     * this type is watched, so {@code put}, {@code remove}, {@code add}, {@code clear}… mark the
     * attribute changed and the next flush writes it.
     */
    public JsonType<T> asMutable() {
        return new JsonType<>(javaType, true);
    }

    /** Turns a value into JSON text. */
    public String encode(T value) {
        return Jackson.encode(value);
    }

    /** Reads JSON text into {@code javaType}. */
    public T decode(String json) {
        return Jackson.decode(json, javaType);
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitJson(this);
    }

    /**
     * Everything that touches Jackson, in a class of its own: Jackson is an optional dependency,
     * and the JVM loads this class (and Jackson) only when a JSON value is first converted.
     */
    private static final class Jackson {
        private static final JsonMapper MAPPER = JsonMapper.builder().build();

        static String encode(Object value) {
            try {
                return MAPPER.writeValueAsString(value);
            } catch (JacksonException e) {
                throw new ArgumentError("Cannot write " + value.getClass().getName() + " as JSON: "
                        + e.getOriginalMessage(), e);
            }
        }

        static <T> T decode(String json, Class<T> javaType) {
            try {
                return MAPPER.readValue(json, javaType);
            } catch (JacksonException e) {
                throw new ArgumentError("Cannot read JSON into " + javaType.getName() + ": "
                        + e.getOriginalMessage(), e);
            }
        }
    }
}
