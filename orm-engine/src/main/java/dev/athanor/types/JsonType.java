package dev.athanor.types;

import dev.athanor.exc.ArgumentError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON document, carried as {@code javaType} and converted with Jackson 3 ({@code JSONB} on
 * PostgreSQL, {@code JSON} where the database has it, text elsewhere). {@code Object} maps to
 * Jackson's natural form: maps, lists, strings, numbers, booleans.
 *
 * @param javaType the class documents are read into
 */
public record JsonType<T>(Class<T> javaType) implements SqlType<T> {

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
