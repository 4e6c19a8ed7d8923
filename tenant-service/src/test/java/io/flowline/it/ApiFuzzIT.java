package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * The fuzz suite: every operation of the served OpenAPI document, with every method, gets hostile input — bodies that are
 * malformed, empty, mistyped field by field, null where required, 10,000 characters long, out of range, deeply nested, of
 * an unknown field or sent as another media type; query parameters of the wrong type, huge, injection-looking or invalid
 * cursors; path ids too long, non-ASCII or SQL-looking — and every answer must be the caller's fault said well: below 500,
 * a 4xx as {@code application/problem+json} whose {@code status} is the HTTP status, and no stack trace or Java class name
 * in any body. New endpoints join by being in the document, as in {@link CrossTenantIT}, whose fixtures give the ids.
 *
 * <p>Each operation draws {@link #VARIANTS} of its hostile requests from a generator seeded with {@link #SEED} and the
 * operation's name, so a run repeats exactly (and adding an operation changes no other's draw); a failure prints the
 * request and the seed. {@code -Dflowline.fuzz.seed=…} and {@code -Dflowline.fuzz.variants=…} draw others or more.
 */
class ApiFuzzIT {
    static final long SEED = Long.getLong("flowline.fuzz.seed", 20261206L);
    static final int VARIANTS = Integer.getInteger("flowline.fuzz.variants", 8);

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    /** What a body or a parameter must never show: a stack trace, an exception's name, a Java class. */
    private static final List<String> LEAKS = List.of("java.", "Exception", "at io.flowline", "jakarta.", "org.eclipse");
    private static final String LONG_TEXT = "x".repeat(10_000);
    private static final List<String> HOSTILE_TEXT = List.of("' OR 1=1 --", "<script>alert(1)</script>", "%00", "../../etc/passwd",
            "😀ÆØÅ漢字", "\u0000", "${jndi:ldap://x}", "-1", "1e400", " ", "null");
    private static final List<String> HOSTILE_IDS = List.of("x".repeat(300), "itm_ÆØÅ漢字😀", "' OR '1'='1", "1; DROP TABLE items",
            "..%2F..", "%00", "itm_" + "9".repeat(40), "<script>");

    /** What a nested field gets: the extremes of every type. */
    private static final List<JsonValue> NESTED_WRONG = List.of(Json.createValue(new java.math.BigDecimal("1e400")), Json.createValue(-1),
            Json.createValue(0), Json.createValue(LONG_TEXT), Json.createValue("' OR 1=1 --"), JsonValue.NULL, JsonValue.EMPTY_JSON_OBJECT,
            JsonValue.EMPTY_JSON_ARRAY, Json.createValue("9999-12-31"), Json.createValue(new java.math.BigDecimal("99999999999999999999.999999")));

    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void hostileInputIsAlwaysTheCallersFaultSaidWell() {
        TestTenants.TestTenant owner = TestTenants.signUp("Fuzz Owner");
        CrossTenantIT.PREPARATIONS.forEach(prepare -> prepare.accept(owner));
        JsonObject document = OpenApiDocument.served();
        JsonObject paths = document.getJsonObject("paths");
        Caller caller = new Caller(owner);

        long started = System.nanoTime();
        for (String path : paths.keySet()) {
            JsonObject operations = paths.getJsonObject(path);
            for (String method : METHODS) {
                if (!operations.containsKey(method)) {
                    continue;
                }
                JsonObject operation = operations.getJsonObject(method);
                String name = method.toUpperCase() + " " + path;
                Random random = new Random(SEED ^ name.hashCode());
                String filled = filled(path, caller.now(), paths);
                List<Supplier<Request>> variants = variants(document, method.toUpperCase(), path, filled, operation, random);
                for (int v = 0; v < VARIANTS && !variants.isEmpty(); v++) {
                    check(name, variants.remove(random.nextInt(variants.size())).get(), caller);
                }
            }
        }
        System.out.printf("ApiFuzzIT: %d hostile requests in %d s, seed %d%n", sent, (System.nanoTime() - started) / 1_000_000_000, SEED);
        assertTrue(failures.isEmpty(), failures.size() + " replies were not a well-said 4xx (seed " + SEED + "):\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        assertTrue(sent > 500, "the walk reached the operations: " + sent);
    }

    /** One hostile request, as it is sent. */
    record Request(String method, String path, Map<String, String> headers, String body) {
        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "… (" + body.length() + " chars)" : body;
            return method + " " + path + " " + headers + (body == null ? "" : " body: " + shown);
        }
    }

    /** The owner's token, signed in again when a request took it away (a sign-out, a revoked session). */
    private static final class Caller {
        final TestTenants.TestTenant tenant;
        String token;

        Caller(TestTenants.TestTenant tenant) {
            this.tenant = tenant;
            this.token = tenant.token();
        }

        /** The owner with the token that works now. */
        TestTenants.TestTenant now() {
            return new TestTenants.TestTenant(tenant.id(), tenant.ownerId(), tenant.email(), token);
        }
    }

    private void check(String operation, Request request, Caller caller) {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        headers.putAll(request.headers());
        Http.Reply reply = Http.method(request.method(), request.path(), caller.token, request.body(), headers);
        sent++;
        String problem = problem(reply);
        if (problem != null) {
            String failure = operation + ": " + problem + "\n    request: " + request + "\n    reply: " + reply.status() + " "
                    + reply.contentType() + " " + (reply.body().length() > 500 ? reply.body().substring(0, 500) + "…" : reply.body());
            System.out.println("ApiFuzzIT failure (seed " + SEED + ") " + failure);
            failures.add(failure);
        }
        if (reply.status() == 401 && Http.get("/api/v1/me", caller.token).status() == 401) {
            caller.token = TestTenants.login(caller.tenant.email(), TestTenants.PASSWORD);
        }
    }

    /** What is wrong with a reply, or null when it is a success or a well-said 4xx. */
    static String problem(Http.Reply reply) {
        if (reply.status() >= 500) {
            return "status " + reply.status();
        }
        for (String leak : LEAKS) {
            if (reply.body().contains(leak)) {
                return "the body shows \"" + leak + "\"";
            }
        }
        if (reply.status() >= 400) {
            if (!reply.contentType().startsWith("application/problem+json")) {
                return "a " + reply.status() + " as " + reply.contentType() + ", not application/problem+json";
            }
            try {
                JsonObject json = Json.createReader(new StringReader(reply.body())).readObject();
                if (!json.containsKey("status") || json.getInt("status") != reply.status()) {
                    return "the problem's status is " + json.get("status") + ", the reply's " + reply.status();
                }
            } catch (RuntimeException e) {
                return "the problem is not a JSON object";
            }
        }
        return null;
    }

    /** The path with each parameter filled from an object the owner has, or with a well-formed unknown id when there is none. */
    private static String filled(String path, TestTenants.TestTenant owner, JsonObject paths) {
        String filled = path;
        if (filled.contains("{id}")) {
            String collection = path.substring(0, path.indexOf("/{id}"));
            String id;
            try {
                id = CrossTenantIT.firstObjectOf(owner, collection, paths).orElse("obj_unknown0000000000000000");
            } catch (AssertionError | RuntimeException e) { // nothing to probe with: a well-formed unknown id
                id = "obj_unknown0000000000000000";
            }
            filled = filled.replace("{id}", id);
        }
        if (filled.contains("{kind}")) {
            filled = filled.replace("{kind}", "items");
        }
        if (filled.contains("{token}")) {
            filled = filled.replace("{token}", "trk_unknown0000000000000000");
        }
        if (PARAMETER.matcher(filled).find()) {
            try {
                filled = CrossTenantIT.nestedIdsFilled(filled, owner);
            } catch (AssertionError | RuntimeException e) { // nothing to probe with: a well-formed unknown id
                filled = PARAMETER.matcher(filled).replaceAll("obj_unknown0000000000000000");
            }
        }
        return filled;
    }

    /** Every hostile request this operation could get; each is built only when drawn. */
    private static List<Supplier<Request>> variants(JsonObject document, String method, String path, String filled, JsonObject operation,
                                                    Random random) {
        List<Supplier<Request>> variants = new ArrayList<>();
        Map<String, String> json = Map.of();
        String example = CrossTenantIT.exampleBody(operation).orElse(null);
        JsonObject schema = requestSchema(document, operation);
        boolean hasBody = operation.containsKey("requestBody");
        String validish = example != null ? example : schema != null ? minimal(document, schema).toString() : hasBody ? "{}" : null;

        // path parameters: hostile ids in place of each
        Matcher parameter = PARAMETER.matcher(path);
        while (parameter.find()) {
            String name = parameter.group();
            for (String hostile : HOSTILE_IDS) {
                variants.add(() -> new Request(method, encodedPath(path, name, hostile, filled), json, validish));
            }
        }
        // query parameters: wrong types, huge values, injection-looking text, invalid cursors
        for (JsonValue p : operation.getJsonArray("parameters") == null ? List.<JsonValue>of() : operation.getJsonArray("parameters")) {
            JsonObject declared = p.asJsonObject();
            if (!"query".equals(declared.getString("in", ""))) {
                continue;
            }
            String name = declared.getString("name");
            List<String> values = new ArrayList<>(HOSTILE_TEXT);
            values.addAll(List.of("99999999999999999999999", "-2147483649", "0", "1.5", "true", LONG_TEXT, "abc", "9999-12-31", "1000-01-01",
                    "0001-01-01", "+999999999-12-31"));
            if (name.equals("cursor")) {
                values.addAll(List.of("bm90IGEgY3Vyc29y", "!!!", "eyJpZCI6IjEnIE9SIDE9MSJ9", "AAAAAAAAAAAAAAAAAAAAAA==", "%ff%fe"));
            }
            for (String value : values) {
                variants.add(() -> new Request(method, filled + (filled.contains("?") ? "&" : "?") + name + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8), json, validish));
            }
        }
        // If-Match that is no version
        if (operation.toString().contains("\"If-Match\"")) {
            for (String etag : List.of("*", "W/\"1\"", "\"99999999999999999999999\"", "\"-1\"", "garbage", "\"\"", "\"1\", \"2\"")) {
                variants.add(() -> new Request(method, filled, Map.of("If-Match", etag), validish));
            }
        }
        if (!hasBody) {
            if (variants.isEmpty()) { // nothing to vary: the plain call, and one with a body it does not expect
                variants.add(() -> new Request(method, filled, json, null));
            }
            variants.add(() -> new Request(method, filled, json, "{\"unexpected\": true}"));
            return variants;
        }
        // bodies
        variants.add(() -> new Request(method, filled, json, "{\"broken\": "));
        variants.add(() -> new Request(method, filled, json, "{\"a\":1}{\"b\":2}"));
        variants.add(() -> new Request(method, filled, json, ""));
        variants.add(() -> new Request(method, filled, json, "null"));
        variants.add(() -> new Request(method, filled, json, "[]"));
        variants.add(() -> new Request(method, filled, json, "\"just a string\""));
        variants.add(() -> new Request(method, filled, json, nested(2000)));
        variants.add(() -> new Request(method, filled, json, "[".repeat(5000) + "]".repeat(5000)));
        variants.add(() -> new Request(method, filled, Map.of("Content-Type", "text/plain"), validish));
        variants.add(() -> new Request(method, filled, Map.of("Content-Type", "application/xml"), "<item><code>X</code></item>"));
        variants.add(() -> new Request(method, filled, Map.of("Content-Type", "application/json; charset=latin1"), validish));
        if (validish != null && validish.trim().startsWith("{")) {
            JsonObject base = Json.createReader(new StringReader(validish)).readObject();
            variants.add(() -> new Request(method, filled, json, with(base, "unknown_" + random.nextInt(1000), Json.createValue("surprise"))));
            JsonObject properties = schema == null ? null : properties(document, schema);
            List<String> fields = new ArrayList<>(properties == null ? base.keySet() : properties.keySet());
            for (String field : fields) {
                String type = properties == null || !properties.containsKey(field) ? "string" : type(document, properties.getJsonObject(field));
                for (JsonValue wrong : wrongValues(type)) {
                    variants.add(() -> new Request(method, filled, json, with(base, field, wrong)));
                }
                variants.add(() -> new Request(method, filled, json, with(base, field, JsonValue.NULL)));
            }
            // one level down: each field of a nested object, or of a list's first element (an order's lines)
            for (String field : base.keySet()) {
                JsonValue value = base.get(field);
                JsonObject inner = value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject()
                        : value.getValueType() == JsonValue.ValueType.ARRAY && !value.asJsonArray().isEmpty()
                        && value.asJsonArray().get(0).getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonArray().getJsonObject(0) : null;
                if (inner == null) {
                    continue;
                }
                for (String innerField : inner.keySet()) {
                    for (JsonValue wrong : NESTED_WRONG) {
                        variants.add(() -> {
                            JsonObject changed = Json.createObjectBuilder(inner).add(innerField, wrong).build();
                            JsonValue replaced = value.getValueType() == JsonValue.ValueType.OBJECT ? changed
                                    : Json.createArrayBuilder(value.asJsonArray()).set(0, changed).build();
                            return new Request(method, filled, json, with(base, field, replaced));
                        });
                    }
                }
            }
        }
        return variants;
    }

    /** Values of every other type, and the hostile ones of the field's own. */
    private static List<JsonValue> wrongValues(String type) {
        JsonValue object = Json.createObjectBuilder().add("a", 1).build();
        JsonValue array = Json.createArrayBuilder().add(1).add("two").build();
        List<JsonValue> values = new ArrayList<>(List.of(object, array, JsonValue.TRUE));
        if (!type.equals("string")) {
            values.addAll(List.of(Json.createValue("12"), Json.createValue(LONG_TEXT), Json.createValue("' OR 1=1 --")));
        }
        if (!type.equals("number") && !type.equals("integer")) {
            values.add(Json.createValue(12));
        }
        switch (type) {
            case "string" -> values.addAll(List.of(Json.createValue(LONG_TEXT), Json.createValue("<script>alert(1)</script>"),
                    Json.createValue(""), Json.createValue("😀ÆØÅ漢字\u0000"), Json.createValue("99999-99-99"), Json.createValue("' OR 1=1 --"),
                    Json.createValue("9999-12-31"), Json.createValue("1000-01-01"), Json.createValue("9999-12-31T23:59:59Z")));
            case "number", "integer" -> values.addAll(List.of(Json.createValue(-1), Json.createValue(new java.math.BigDecimal("1e400")),
                    Json.createValue(new java.math.BigDecimal("-99999999999999999999999999")), Json.createValue(0.5),
                    Json.createValue(new java.math.BigDecimal("1e-400")), Json.createValue(Long.MAX_VALUE), Json.createValue(0)));
            case "array" -> values.addAll(List.of(Json.createArrayBuilder().add(JsonValue.NULL).build(),
                    Json.createArrayBuilder(java.util.Collections.nCopies(5000, 1)).build(), Json.createValue("[]")));
            case "object" -> values.addAll(List.of(Json.createObjectBuilder().add("unknown", "x").build(), Json.createObjectBuilder().build()));
            default -> {
            }
        }
        return values;
    }

    private static String with(JsonObject base, String field, JsonValue value) {
        JsonObjectBuilder builder = Json.createObjectBuilder(base);
        builder.add(field, value);
        return builder.build().toString();
    }

    private static String nested(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    /** The path with one parameter hostile and the others as filled, each segment percent-encoded. */
    private static String encodedPath(String template, String name, String hostile, String filled) {
        String[] templateSegments = template.split("/");
        String[] filledSegments = filled.split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < templateSegments.length; i++) {
            String segment = templateSegments[i].equals(name) ? hostile : filledSegments[i];
            path.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return path.toString();
    }

    private static JsonObject requestSchema(JsonObject document, JsonObject operation) {
        JsonObject body = operation.getJsonObject("requestBody");
        if (body == null || !body.containsKey("content")) {
            return null;
        }
        JsonObject json = body.getJsonObject("content").getJsonObject("application/json");
        return json == null || !json.containsKey("schema") ? null : resolved(document, json.getJsonObject("schema"));
    }

    private static JsonObject resolved(JsonObject document, JsonObject schema) {
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            return document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
        }
        if (schema.containsKey("allOf")) {
            return resolved(document, schema.getJsonArray("allOf").getJsonObject(0));
        }
        return schema;
    }

    private static JsonObject properties(JsonObject document, JsonObject schema) {
        return resolved(document, schema).getJsonObject("properties");
    }

    private static String type(JsonObject document, JsonObject property) {
        JsonObject schema = resolved(document, property);
        if (schema.containsKey("type") && schema.get("type").getValueType() == JsonValue.ValueType.STRING) {
            return schema.getString("type");
        }
        return schema.containsKey("properties") ? "object" : "string";
    }

    /** A body of the required fields with plain values, for operations without an example. */
    private static JsonObject minimal(JsonObject document, JsonObject schema) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        JsonObject resolved = resolved(document, schema);
        JsonObject properties = Optional.ofNullable(resolved.getJsonObject("properties")).orElse(JsonValue.EMPTY_JSON_OBJECT);
        if (resolved.containsKey("required")) {
            for (JsonValue required : resolved.getJsonArray("required")) {
                String field = ((jakarta.json.JsonString) required).getString();
                String type = properties.containsKey(field) ? type(document, properties.getJsonObject(field)) : "string";
                switch (type) {
                    case "integer", "number" -> builder.add(field, 1);
                    case "boolean" -> builder.add(field, true);
                    case "array" -> builder.add(field, JsonValue.EMPTY_JSON_ARRAY);
                    case "object" -> builder.add(field, JsonValue.EMPTY_JSON_OBJECT);
                    default -> builder.add(field, "x");
                }
            }
        }
        return builder.build();
    }
}
