package io.flowline.platform.idempotency;

import java.io.StringReader;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * Response fields that carry a secret shown once. The idempotency record keeps a response without them, so a replay
 * (or anyone who reads the table) never sees the secret; the replay names what it left out. A new response field that
 * carries a one-time secret belongs in {@link #FIELDS}.
 */
public final class OneTimeSecrets {
    static final Set<String> FIELDS = Set.of("client_secret", "invitation_token");

    /** The body without secret fields, and their names (comma-separated, sorted), or null when there were none. */
    public record Stripped(String body, String omitted) {
    }

    private OneTimeSecrets() {
    }

    public static Stripped strip(String json) {
        if (json == null || FIELDS.stream().noneMatch(json::contains)) {
            return new Stripped(json, null);
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            value = reader.readValue();
        } catch (JsonException e) {
            return new Stripped(json, null);
        }
        Set<String> omitted = new TreeSet<>();
        JsonValue stripped = strip(value, omitted);
        return omitted.isEmpty() ? new Stripped(json, null) : new Stripped(stripped.toString(), String.join(",", omitted));
    }

    private static JsonValue strip(JsonValue value, Set<String> omitted) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder builder = Json.createObjectBuilder();
            object.forEach((name, member) -> {
                if (FIELDS.contains(name) && member.getValueType() != JsonValue.ValueType.NULL) {
                    omitted.add(name);
                } else {
                    builder.add(name, strip(member, omitted));
                }
            });
            return builder.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder builder = Json.createArrayBuilder();
            array.forEach(element -> builder.add(strip(element, omitted)));
            return builder.build();
        }
        return value;
    }
}
