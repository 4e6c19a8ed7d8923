package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;

/** Security headers, GETs that carry a Content-Type, and URLs that match nothing. */
class HttpHardeningIT {
    private static final String HTTPS_URL = System.getProperty("flowline.https-url", "https://localhost:9543");

    @Test
    void apiResponsesAreNotSniffedCachedOrFramed() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Headers GmbH");
        for (Http.Reply reply : new Http.Reply[] {Http.get("/api/v1/tenant", tenant.token()), Http.get("/api/v1/users", tenant.token()),
                Http.get("/api/v1/tenant", null), Http.post("/api/v1/api-clients", tenant.token(), Http.json("name", "H", "role", "viewer"))}) {
            assertEquals("nosniff", reply.header("x-content-type-options"), reply::toString);
            assertEquals("no-store", reply.header("cache-control"), reply::toString);
            assertTrue(reply.header("content-security-policy").startsWith("default-src 'none'; frame-ancestors 'none'"),
                    reply.header("content-security-policy"));
            assertNull(reply.header("strict-transport-security"), "HSTS only over HTTPS");
        }
        Http.Reply health = Http.get("/health/ready", null);
        assertEquals("nosniff", health.header("x-content-type-options"), "the server's own endpoints too");
    }

    @Test
    void overHttpsBrowsersAreToldToStayOnHttps() throws Exception {
        HttpResponse<String> reply = insecureClient().send(HttpRequest.newBuilder(URI.create(HTTPS_URL + "/api/v1/tenant"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, reply.statusCode(), reply::body);
        assertEquals("max-age=31536000; includeSubDomains", reply.headers().firstValue("strict-transport-security").orElse(null));
        assertEquals("nosniff", reply.headers().firstValue("x-content-type-options").orElse(null));
    }

    @Test
    void aGetWithAContentTypeIsServed() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Content Type Ltd");
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "application/json"}) {
            Http.Reply items = Http.method("GET", "/api/v1/items", tenant.token(), null, Map.of("Content-Type", type));
            assertEquals(200, items.status(), type + ": " + items);
            Http.Reply company = Http.method("GET", "/api/v1/tenant", tenant.token(), null, Map.of("Content-Type", type));
            assertEquals(200, company.status(), type + ": " + company);
        }
    }

    @Test
    void aPostStillNeedsItsMediaType() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Media Type AS");
        Http.Reply post = Http.method("POST", "/api/v1/api-clients", tenant.token(), Http.json("name", "X", "role", "viewer"),
                Map.of("Content-Type", "text/plain"));
        assertEquals(415, post.status(), post::toString);
    }

    @Test
    void unknownUrlsUnderApiAreProblemsNotHtml() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Nowhere Oy");
        for (String path : new String[] {"/api/v1/nope", "/api/v1/orders/ord_nope/nothing", "/api/v1/items/%C0%80", "/api/v1/orders/%2F..%2F"}) {
            for (String token : new String[] {tenant.token(), null}) {
                Http.Reply reply = Http.get(path, token);
                assertTrue(reply.status() == 404 || reply.status() == 401 && token == null, path + ": " + reply);
                assertTrue(reply.contentType().startsWith("application/problem+json"), path + ": " + reply.contentType() + " " + reply.body());
                assertEquals(reply.status(), reply.json().getInt("status"), path);
                assertEquals("nosniff", reply.header("x-content-type-options"), path);
            }
        }
    }

    /**
     * A NUL in the path is refused by Liberty's web container before any application code runs, with a fixed HTML
     * body no setting changes: the web container answers it (CWWWC0005I, in WebContainer.handleRequest) before it has
     * chosen an application, so no error page applies, and none of its custom properties covers it. This pins what can
     * be promised there — a 4xx, never a 5xx, and nothing to sniff.
     */
    @Test
    void aPathTheContainerCannotDecodeIsRefusedWithoutReachingTheApplication() {
        Http.Reply reply = Http.get("/api/v1/orders/%00", null);
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("nosniff", reply.header("x-content-type-options"));
        assertTrue(reply.header("content-security-policy").startsWith("default-src 'none'"), reply.header("content-security-policy"));
    }

    private static HttpClient insecureClient() throws Exception {
        // The IT server's certificate is the one Liberty generated for itself; what is tested is the header, not the chain.
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, null);
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm(null);
        return HttpClient.newBuilder().sslContext(context).sslParameters(parameters).connectTimeout(Duration.ofSeconds(10)).build();
    }
}
