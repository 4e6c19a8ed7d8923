package io.flowline.it;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Real HTTP against the Liberty server the build started; nothing is mocked. */
public final class Http {
    public static final String BASE_URL = System.getProperty("flowline.base-url", "http://localhost:9180");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    /** A response with its body parsed when it is JSON. */
    public record Reply(int status, Map<String, String> headers, String body) {
        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonArray data() {
            return json().getJsonArray("data");
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        public String contentType() {
            return Optional.ofNullable(header("content-type")).orElse("");
        }

        /** The field names of a problem's per-field errors. */
        public java.util.List<String> errorFields() {
            return json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public static Reply get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public static Reply post(String path, String token, String json) {
        return post(path, token, json, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    public static Reply post(String path, String token, String json, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
        headers.forEach(builder::setHeader);
        return send(builder.build());
    }

    public static Reply patch(String path, String token, String ifMatch, String json) {
        HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder.build());
    }

    public static Reply method(String method, String path, String token, String json, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(builder::setHeader);
        return send(builder.build());
    }

    public static Reply form(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder builder = request(path, null).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::setHeader);
        return send(builder.build());
    }

    /** POSTs a file as the raw request body. */
    public static Reply upload(String path, String token, String contentType, byte[] file) {
        return send(request(path, token).header("Content-Type", contentType).header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build());
    }

    /** GETs a file: the status, the content type and the bytes. */
    public static HttpResponse<byte[]> download(String path, String token) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(30)).header("Accept", "*/*");
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            return CLIENT.send(builder.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            return new Reply(response.statusCode(), headers, response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object... keysAndValues) {
        var builder = Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            String key = (String) keysAndValues[i];
            if (value instanceof JsonValue v) {
                builder.add(key, v);
            } else if (value instanceof Integer || value instanceof Long) {
                builder.add(key, Json.createValue(((Number) value).longValue()));
            } else if (value instanceof Number n) {
                builder.add(key, Json.createValue(n.doubleValue()));
            } else if (value == null) {
                builder.addNull(key);
            } else {
                builder.add(key, value.toString());
            }
        }
        return builder.build().toString();
    }
}
