package io.flowline.platform.json.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.flowline.api.platform.Problem.FieldError;
import io.flowline.platform.problem.rest.ApiProblem;
import io.flowline.platform.json.JsonNames;
import io.flowline.platform.json.JsonbConfigurator;
import io.flowline.platform.json.StorableDates;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads request records of the public API strictly: malformed JSON, a field of the wrong type, a
 * read-only field or an unknown one is a 400 that names each field, instead of being silently ignored.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Priority(Priorities.ENTITY_CODER)
public class StrictJsonReader implements MessageBodyReader<Object> {

    @Inject
    Validator validator;

    /** Fields the server owns; a client sending them is told so, not ignored. */
    static final Set<String> READ_ONLY = Set.of("id", "object", "tenant_id", "version", "created_at", "updated_at");

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getPackageName().startsWith("io.flowline.api");
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        String body = new String(entityStream.readAllBytes(), StandardCharsets.UTF_8);
        if (body.isBlank()) {
            return null; // @NotNull on the parameter reports the missing body
        }
        JsonValue json;
        requireDepth(body);
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            parser.next();
            json = parser.getValue();
            if (parser.hasNext()) { // a reader would stop after the first value and ignore the rest
                throw new ApiProblem.Invalid("body", "has content after the JSON value");
            }
        } catch (JsonParsingException e) {
            throw new ApiProblem.Invalid("body", "is not valid JSON (" + e.getLocation().getLineNumber() + ":"
                    + e.getLocation().getColumnNumber() + ")");
        }
        List<FieldError> errors = new ArrayList<>();
        check(type, json, "", errors);
        if (errors.isEmpty()) {
            try {
                return JsonbConfigurator.jsonb().fromJson(body, type);
            } catch (jakarta.json.bind.JsonbException e) { // e.g. a number beyond the range of its field
                throw new ApiProblem.Invalid("body", "has a value out of range for its field");
            }
        }
        // Report the constraint violations of the known fields in the same answer, so one round trip shows every mistake.
        if (json.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject known = json.asJsonObject().entrySet().stream()
                    .filter(e -> errors.stream().noneMatch(f -> f.field().equals(e.getKey()) || f.field().startsWith(e.getKey() + ".") || f.field().startsWith(e.getKey() + "[")))
                    .collect(Json::createObjectBuilder, (b, e) -> b.add(e.getKey(), e.getValue()), (a, b) -> a.addAll(b)).build();
            Object partial = JsonbConfigurator.jsonb().fromJson(known.toString(), type);
            List<String> named = errors.stream().map(FieldError::field).toList();
            validator.validate(partial).stream()
                    .map(v -> new FieldError(JsonNames.field(v), v.getMessage()))
                    // a field of the wrong type (or with a wrong part) was left out, not sent blank
                    .filter(f -> named.stream().noneMatch(n -> n.equals(f.field()) || n.startsWith(f.field() + ".") || n.startsWith(f.field() + "[")))
                    .forEach(errors::add);
        }
        throw new ApiProblem.Invalid(errors);
    }

    /** Nesting deeper than any request record goes; checked on the event stream, before a tree is built (or recursed into). */
    static final int MAX_DEPTH = 64;

    private static final class Level {
        final boolean array;
        String key;
        int elements;

        Level(boolean array) {
            this.array = array;
        }
    }

    /** A 400 naming the place where a body nests deeper than {@link #MAX_DEPTH}; malformed JSON is left to the parse that follows. */
    static void requireDepth(String body) {
        java.util.Deque<Level> levels = new java.util.ArrayDeque<>();
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.KEY_NAME) {
                    levels.peek().key = parser.getString();
                    continue;
                }
                if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    levels.pop();
                    continue;
                }
                if (!levels.isEmpty() && levels.peek().array) {
                    levels.peek().elements++;
                }
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    if (levels.size() == MAX_DEPTH) {
                        throw new ApiProblem.Invalid(where(levels), "is nested deeper than " + MAX_DEPTH + " levels");
                    }
                    levels.push(new Level(event == JsonParser.Event.START_ARRAY));
                }
            }
        } catch (JsonParsingException e) {
            // reported, with its position, by the parse that follows
        }
    }

    private static String where(java.util.Deque<Level> levels) {
        StringBuilder path = new StringBuilder();
        java.util.Iterator<Level> outermostFirst = levels.descendingIterator();
        while (outermostFirst.hasNext()) {
            Level level = outermostFirst.next();
            if (level.array) {
                path.append('[').append(level.elements - 1).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(level.key);
            }
        }
        return path.length() == 0 || path.charAt(0) == '[' ? "body" + path : path.toString();
    }

    private static void check(Type type, JsonValue value, String path, List<FieldError> errors) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = rawClass(type);
        String field = path.isEmpty() ? "body" : path;
        if (raw.isRecord()) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                errors.add(new FieldError(field, "must be a JSON object"));
                return;
            }
            JsonObject object = value.asJsonObject();
            Map<String, RecordComponent> components = new java.util.HashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                components.put(JsonNames.snakeCase(component.getName()), component);
            }
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                String name = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
                RecordComponent component = components.get(entry.getKey());
                if (component == null) {
                    errors.add(new FieldError(name, READ_ONLY.contains(entry.getKey()) ? "is read-only" : "is not a known field"));
                } else {
                    check(component.getGenericType(), entry.getValue(), name, errors);
                }
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                errors.add(new FieldError(field, "must be an array"));
                return;
            }
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            JsonArray array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                check(element, array.get(i), field + "[" + i + "]", errors);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                errors.add(new FieldError(field, "must be a JSON object"));
                return;
            }
            Type valueType = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : Object.class;
            value.asJsonObject().forEach((key, member) -> check(valueType, member, field + "." + key, errors));
        } else if (raw == String.class || raw == LocalDate.class || raw == Instant.class || raw.isEnum()) {
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                errors.add(new FieldError(field, "must be a string"));
            } else if (raw != String.class) {
                checkParsable(raw, ((jakarta.json.JsonString) value).getString(), field, errors);
            }
        } else if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != boolean.class)) {
            if (value.getValueType() != JsonValue.ValueType.NUMBER) {
                errors.add(new FieldError(field, "must be a number"));
            } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
                BigDecimal number = ((jakarta.json.JsonNumber) value).bigDecimalValue();
                boolean isInt = raw == Integer.class || raw == int.class;
                if (number.stripTrailingZeros().scale() > 0) { // 14.0 is a whole number, 14.5 is not
                    errors.add(new FieldError(field, "must be a whole number"));
                } else if (number.compareTo(BigDecimal.valueOf(isInt ? Integer.MIN_VALUE : Long.MIN_VALUE)) < 0
                        || number.compareTo(BigDecimal.valueOf(isInt ? Integer.MAX_VALUE : Long.MAX_VALUE)) > 0) {
                    errors.add(new FieldError(field, "is out of range")); // JSON-B would silently wrap it around
                }
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                errors.add(new FieldError(field, "must be true or false"));
            }
        }
    }

    private static void checkParsable(Class<?> raw, String text, String field, List<FieldError> errors) {
        try {
            if (raw == LocalDate.class) {
                if (!StorableDates.storable(LocalDate.parse(text).getYear())) {
                    errors.add(new FieldError(field, "must be a date between the years 1000 and 9999"));
                }
            } else if (raw == Instant.class) {
                if (!StorableDates.storable(Instant.parse(text).atZone(ZoneOffset.UTC).getYear())) {
                    errors.add(new FieldError(field, "must be a time between the years 1000 and 9999"));
                }
            } else if (raw == BigDecimal.class) {
                new BigDecimal(text);
            }
        } catch (RuntimeException e) {
            errors.add(new FieldError(field, raw == LocalDate.class ? "must be a date such as 2026-03-31"
                    : "must be an RFC 3339 timestamp such as 2026-03-31T12:00:00Z"));
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
