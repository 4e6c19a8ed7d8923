package io.flowline.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static final byte[] KEY = "a server key for the test".getBytes(StandardCharsets.UTF_8);

    private static String json(String method, String path, String query, String body) {
        return RequestFingerprint.of(KEY, method, path, query, true, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void whitespaceAndKeyOrderDoNotMakeAnotherRequest() {
        String compact = json("POST", "/api/v1/items", null, "{\"code\":\"A-1\",\"lines\":[{\"qty\":2,\"item\":\"x\"}],\"name\":\"Oak\"}");
        String spaced = json("POST", "/api/v1/items", null, "{\n  \"name\" : \"Oak\",\n  \"lines\" : [ { \"item\" : \"x\", \"qty\" : 2 } ],\n  \"code\" : \"A-1\"\n}");
        assertEquals(compact, spaced);
    }

    @Test
    void theSameNumberWrittenAnotherWayIsTheSame() {
        assertEquals(json("POST", "/p", null, "{\"q\":1.50}"), json("POST", "/p", null, "{\"q\":1.5}"));
        assertEquals(json("POST", "/p", null, "{\"q\":0.00}"), json("POST", "/p", null, "{\"q\":0}"));
        assertNotEquals(json("POST", "/p", null, "{\"q\":1.5}"), json("POST", "/p", null, "{\"q\":15}"));
    }

    @Test
    void valuesArrayOrderMethodPathAndQueryCount() {
        String base = json("POST", "/api/v1/users", null, "{\"a\":[1,2]}");
        assertNotEquals(base, json("POST", "/api/v1/users", null, "{\"a\":[2,1]}"));
        assertNotEquals(base, json("POST", "/api/v1/users", null, "{\"a\":[1,2],\"b\":null}"));
        assertNotEquals(base, json("POST", "/api/v1/api-clients", null, "{\"a\":[1,2]}"));
        assertNotEquals(base, json("POST", "/api/v1/users", "dry_run=true", "{\"a\":[1,2]}"));
        assertNotEquals(base, json("PUT", "/api/v1/users", null, "{\"a\":[1,2]}"));
        assertEquals(base, json("POST", "/api/v1/users", "", "{\"a\":[1,2]}"), "an empty query string is no query string");
    }

    @Test
    void stringsAreComparedByValueNotByEscaping() {
        assertEquals(json("POST", "/p", null, "{\"n\":\"\\u00e6\"}"), json("POST", "/p", null, "{\"n\":\"æ\"}"));
        assertNotEquals(json("POST", "/p", null, "{\"n\":\"a\\\"b\"}"), json("POST", "/p", null, "{\"n\":\"ab\"}"));
    }

    @Test
    void anotherServerKeyGivesAnotherFingerprint() {
        byte[] body = "{\"password\":\"correct horse\"}".getBytes(StandardCharsets.UTF_8);
        assertNotEquals(RequestFingerprint.of(KEY, "POST", "/api/v1/signup", null, true, body),
                RequestFingerprint.of("another key".getBytes(StandardCharsets.UTF_8), "POST", "/api/v1/signup", null, true, body));
    }

    @Test
    void aBodyThatIsNotJsonCountsByteForByte() {
        assertNull(RequestFingerprint.canonicalJson("{not json".getBytes(StandardCharsets.UTF_8)));
        // Parsson refuses 1,000 levels with a bare RuntimeException: still just "not canonical", so the reader can say 400.
        assertNull(RequestFingerprint.canonicalJson(("{\"name\":" + "[".repeat(1000) + "]".repeat(1000) + "}").getBytes(StandardCharsets.UTF_8)));
        byte[] csv = "code,name\nA,Oak\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(RequestFingerprint.of(KEY, "POST", "/api/v1/imports", "kind=items", false, csv),
                RequestFingerprint.of(KEY, "POST", "/api/v1/imports", "kind=items", false, csv.clone()));
        assertNotEquals(RequestFingerprint.of(KEY, "POST", "/api/v1/imports", "kind=items", false, csv),
                RequestFingerprint.of(KEY, "POST", "/api/v1/imports", "kind=items", false, "code,name\nA,Oak \n".getBytes(StandardCharsets.UTF_8)));
    }
}
