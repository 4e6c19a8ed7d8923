package io.flowline.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What makes two requests "the same" for an Idempotency-Key: method, path, query string and body, with a JSON body
 * compared by meaning — parsed by JSON-P and written back with sorted keys and no whitespace, so a client that
 * re-serialises its retry differently still gets the replay.
 * <p>
 * The fingerprint is an HMAC under a server key, not a plain hash: a sign-up's body holds a password, and a plain
 * SHA-256 of a body whose other fields are known could be tried against a dictionary by whoever reads the table.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    /** HMAC-SHA256 (hex) of the request; {@code rawQuery} may be null. A body that is not JSON counts byte for byte. */
    public static String of(byte[] key, String method, String rawPath, String rawQuery, boolean json, byte[] body) {
        String canonicalBody = json ? canonicalJson(body) : null;
        String head = method + " " + rawPath + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery) + "\n";
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(head.getBytes(StandardCharsets.UTF_8));
            mac.update(canonicalBody != null ? canonicalBody.getBytes(StandardCharsets.UTF_8) : body);
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The canonical text of a JSON document, or null when the bytes are not JSON (the resource will say why). */
    static String canonicalJson(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            StringBuilder out = new StringBuilder(body.length);
            write(reader.readValue(), out);
            return out.toString();
        } catch (JsonException | IllegalStateException e) {
            return null;
        } catch (RuntimeException e) {
            // Parsson refuses nesting over 1,000 levels with a bare RuntimeException; the resource's reader answers 400 for it.
            return null;
        }
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, JsonValue> sorted = new TreeMap<>((JsonObject) value);
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> member : sorted.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    out.append(Json.createValue(member.getKey())).append(':');
                    write(member.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                JsonArray array = (JsonArray) value;
                for (int i = 0; i < array.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(array.get(i), out);
                }
                out.append(']');
            }
            // 1.50 and 1.5 are the same quantity; toString keeps an exponent, so 1e999999 stays short.
            case NUMBER -> {
                BigDecimal number = ((JsonNumber) value).bigDecimalValue();
                out.append(number.signum() == 0 ? "0" : number.stripTrailingZeros().toString());
            }
            case STRING -> out.append(Json.createValue(((JsonString) value).getString()));
            default -> out.append(value);
        }
    }
}
