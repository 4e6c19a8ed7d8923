package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * Rate limits, body limits, nesting and plan quotas. The rate limit and quota tests sign up on the `enterprise` plan, which
 * the IT servers (only) make tiny: see the jvmOptions in tenant-service/pom.xml; every other company there has the
 * defaults, which {@link #everyAnswerCarriesTheBudgetLeft} checks.
 */
class LimitsIT {
    private static final Pattern TOKEN_BUDGET = Pattern.compile("\"token\";r=(\\d+);t=(\\d+)");

    @Test
    void aBurstAtThreeTimesTheLimitFromOneTokenIsRefusedWith429WhileAnotherTenantGoesOn() throws Exception {
        String noisy = token("Noisy Neighbour AG", "enterprise");
        TestTenants.TestTenant quiet = TestTenants.signUp("Quiet Neighbour GmbH");
        ConcurrentLinkedQueue<Http.Reply> replies = new ConcurrentLinkedQueue<>();
        List<Http.Reply> quietReplies = new ArrayList<>();
        AtomicBoolean bursting = new AtomicBoolean(true);
        Thread quietCaller = new Thread(() -> {
            while (bursting.get() || quietReplies.size() < 5) {
                quietReplies.add(Http.get("/api/v1/tenant", quiet.token()));
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(30);
        long started = System.nanoTime();
        try {
            quietCaller.start();
            // the small plan's token bucket: 1 request/s, burst 10; three times the burst at once
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                sent.add(pool.submit(() -> replies.add(Http.get("/api/v1/tenant", noisy))));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            bursting.set(false);
            quietCaller.join();
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long refused = replies.stream().filter(r -> r.status() == 429).count();
        long served = replies.stream().filter(r -> r.status() == 200).count();
        System.out.printf("LimitsIT burst: %d requests in %.2f s, %d served, %d refused with 429; the other tenant meanwhile: %d requests, all 200%n",
                replies.size(), seconds, served, refused, quietReplies.size());
        assertEquals(replies.size(), served + refused, "only 200s and 429s");
        // what got through is the burst plus what refilled meanwhile, never more
        assertTrue(served >= 10 && served <= 10 + 1 * (seconds + 1), served + " served in " + seconds + " s");
        assertTrue(refused > 0);
        for (Http.Reply reply : replies) {
            assertTrue(reply.header("ratelimit-policy").contains("\"token\";q=10;w=10"), reply.header("ratelimit-policy"));
            assertTrue(TOKEN_BUDGET.matcher(reply.header("ratelimit")).find(), reply.header("ratelimit"));
            if (reply.status() == 429) {
                assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
                assertEquals("https://flowline.io/problems/rate-limited", reply.json().getString("type"));
                assertTrue(Integer.parseInt(reply.header("retry-after")) >= 1, reply.headers()::toString);
                Matcher left = TOKEN_BUDGET.matcher(reply.header("ratelimit"));
                assertTrue(left.find() && left.group(1).equals("0"), reply.header("ratelimit"));
            }
        }
        assertTrue(quietReplies.size() > 0);
        for (Http.Reply reply : quietReplies) {
            assertEquals(200, reply.status(), reply::toString);
            assertBudget(reply);
        }
        // the bucket refills: after the Retry-After the token is served again
        Thread.sleep(1000L * replies.stream().filter(r -> r.status() == 429).mapToLong(r -> Long.parseLong(r.header("retry-after"))).max().orElse(1));
        assertEquals(200, Http.get("/api/v1/tenant", noisy).status());
    }

    /** A company on one of the plans the IT servers keep small, and its owner's token. */
    private static String token(String company, String plan) {
        String email = TestTenants.uniqueEmail("owner");
        Http.Reply signup = Http.post("/api/v1/signup", null,
                Http.json("company", company, "country", "DE", "email", email, "password", TestTenants.PASSWORD, "plan", plan));
        assertEquals(202, signup.status(), signup::toString);
        return TestTenants.login(email, TestTenants.PASSWORD);
    }

    @Test
    void everyAnswerCarriesTheBudgetLeft() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Budget GmbH");
        Http.Reply first = Http.get("/api/v1/tenant", tenant.token());
        Http.Reply second = Http.get("/api/v1/tenant", tenant.token());
        assertBudget(first);
        assertBudget(second);
        Matcher before = TOKEN_BUDGET.matcher(first.header("ratelimit"));
        Matcher after = TOKEN_BUDGET.matcher(second.header("ratelimit"));
        assertTrue(before.find() && after.find());
        assertTrue(Integer.parseInt(after.group(1)) <= Integer.parseInt(before.group(1)), first.header("ratelimit") + " then " + second.header("ratelimit"));
        assertTrue(first.header("ratelimit").contains("\"tenant\";r="), first.header("ratelimit"));

        assertBudget(Http.get("/api/v1/items/itm_nothing", tenant.token())); // 404
        assertBudget(Http.post("/api/v1/items", tenant.token(), "{\"code\":\"\"}")); // 400
        assertBudget(Http.get("/api/v1/no-such-thing", tenant.token()));
        // without a token: the caller's address is the bucket
        Http.Reply signIn = Http.form("/api/v1/auth/token", Map.of("grant_type", "password", "username", tenant.email(), "password", "wrong password"), Map.of());
        assertTrue(signIn.header("ratelimit-policy").startsWith("\"address\";q="), signIn.headers()::toString);
        assertTrue(signIn.header("ratelimit").startsWith("\"address\";r="), signIn.headers()::toString);
        // a refused token is answered before JAX-RS, and still counts against the address and says so
        for (String refused : List.of(tenant.token().substring(0, tenant.token().lastIndexOf('.') + 1) + "c2lnbmF0dXJl",
                expiredToken(tenant))) {
            Http.Reply unauthorized = Http.get("/api/v1/tenant", refused);
            assertEquals(401, unauthorized.status(), unauthorized::toString);
            assertTrue(unauthorized.header("ratelimit-policy").startsWith("\"address\";q="), unauthorized.headers()::toString);
            assertTrue(unauthorized.header("ratelimit").startsWith("\"address\";r="), unauthorized.headers()::toString);
        }
    }

    /** Signed with the server's key, so only MP-JWT's own check (expiry) refuses it. */
    private static String expiredToken(TestTenants.TestTenant tenant) {
        try {
            var claims = Tokens.claims(tenant.id(), "usr_expired", "owner");
            Tokens.expireSecondsAgo(claims, 600);
            return Tokens.signWithServerKey(claims);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertBudget(Http.Reply reply) {
        assertNotNull(reply.header("ratelimit-policy"), () -> "RateLimit-Policy on " + reply + " " + reply.headers());
        assertTrue(reply.header("ratelimit-policy").contains("\"token\";q=200;w=2"), reply.header("ratelimit-policy"));
        assertTrue(reply.header("ratelimit-policy").contains("\"tenant\";q=600;w=2"), reply.header("ratelimit-policy"));
        assertTrue(TOKEN_BUDGET.matcher(reply.header("ratelimit")).find(), reply.header("ratelimit"));
    }

    @Test
    void aJsonBodyOver1MbIs413BeforeItIsRead() throws Exception {
        TestTenants.TestTenant tenant = TestTenants.signUp("Big Body GmbH");
        String twoMb = "{\"code\":\"BIG\",\"kind\":\"product\",\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        Http.Reply declared = Http.post("/api/v1/items", tenant.token(), twoMb);
        assertTooLarge(declared, "body-too-large", "1 MB");

        // the same without a Content-Length: a chunked stream is counted as it arrives
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> chunked = client.send(HttpRequest.newBuilder(URI.create(Http.BASE_URL + "/api/v1/items"))
                .header("Authorization", "Bearer " + tenant.token()).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twoMb.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked::body);
        assertTrue(chunked.body().contains("body-too-large"), chunked::body);
        assertEquals(0, Http.get("/api/v1/items", tenant.token()).data().size());
    }

    @Test
    void anImportOver20MbIs413() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Big File GmbH");
        byte[] file = ("code,name,kind\n" + "A-1,An item with a long name to fill the file,material\n".repeat(400_000)).getBytes(StandardCharsets.UTF_8);
        assertTrue(file.length > 20 * 1024 * 1024);
        assertTooLarge(Http.upload("/api/v1/imports?kind=items", tenant.token(), "text/csv", file), "file-too-large", "20 MB");
        assertEquals(0, Http.get("/api/v1/imports", tenant.token()).data().size());
    }

    private static void assertTooLarge(Http.Reply reply, String type, String limit) {
        assertEquals(413, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertEquals("https://flowline.io/problems/" + type, reply.json().getString("type"));
        assertTrue(reply.json().getString("detail").contains(limit), reply::toString);
    }

    @Test
    void jsonNested1000LevelsIs400NamingWhere() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Deep GmbH");
        Http.Reply deep = Http.post("/api/v1/items", tenant.token(), "{\"name\":" + "[".repeat(1000) + "]".repeat(1000) + "}");
        assertEquals(400, deep.status(), deep::toString);
        assertTrue(deep.contentType().startsWith("application/problem+json"), deep::toString);
        assertEquals(List.of("name" + "[0]".repeat(63)), deep.errorFields());
        assertTrue(deep.json().getString("detail").contains("nested deeper than 64 levels"), deep::toString);
    }

    @Test
    void aHugeStringOrNumberIs400NamingTheField() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Huge Values GmbH");
        Http.Reply text = Http.post("/api/v1/items", tenant.token(),
                Http.json("code", "H-1", "name", "Huge", "kind", "product", "lot_sizing_rule", "x".repeat(100_000)));
        assertEquals(400, text.status(), text::toString);
        assertEquals(List.of("lot_sizing_rule"), text.errorFields());
        Http.Reply number = Http.post("/api/v1/items", tenant.token(), "{\"code\":\"H-2\",\"name\":\"Huge\",\"kind\":\"product\",\"safety_stock\":1e300}");
        assertEquals(400, number.status(), number::toString);
        assertEquals(List.of("safety_stock"), number.errorFields());
        Http.Reply calculator = Http.post("/api/v1/planning/inventory-policy", tenant.token(),
                "{\"annual_demand\":1e400,\"ordering_cost\":50,\"holding_cost_per_unit_year\":2}");
        assertEquals(400, calculator.status(), calculator::toString);
        assertTrue(calculator.errorFields().contains("annual_demand"), calculator::toString);
    }

    @Test
    void aReachedQuotaIs403AndUsageShowsIt() throws InterruptedException {
        // the small plan also allows only 1 request/s (burst 10): every call here waits out a 429 as a client should
        String token = token("Small Quota AG", "enterprise");

        JsonObject fresh = usage(token);
        assertEquals("tenant_usage", fresh.getString("object"));
        assertEquals("enterprise", fresh.getString("plan"));
        assertQuota(fresh, "items", 0, 5);
        assertQuota(fresh, "orders_this_month", 0, 1);
        assertQuota(fresh, "import_rows_this_month", 0, 3);
        assertEquals(1, fresh.getJsonObject("rate_limits").getJsonObject("token").getJsonNumber("per_second").intValue());
        assertEquals(10, fresh.getJsonObject("rate_limits").getJsonObject("token").getJsonNumber("burst").intValue());
        assertEquals(1000, fresh.getJsonObject("rate_limits").getJsonObject("tenant").getJsonNumber("per_second").intValue());

        // a file with more rows than the month has left is refused whole, and costs nothing
        JsonObject refusedJob = imported(token, "code,name,kind\nI-1,One,material\nI-2,Two,material\nI-3,Three,material\nI-4,Four,material\n");
        assertEquals("failed", refusedJob.getString("status"), refusedJob::toString);
        assertTrue(refusedJob.toString().contains("allows 3 imported rows a month"), refusedJob::toString);
        JsonObject imported = imported(token, "code,name,kind\nI-1,One,material\nI-2,Two,material\nI-3,Three,material\n");
        assertEquals("succeeded", imported.getString("status"), imported::toString);
        assertQuotaReached(patiently(() -> Http.upload("/api/v1/imports?kind=items", token, "text/csv",
                "code,name,kind\nI-9,Nine,material\n".getBytes(StandardCharsets.UTF_8))), "3 imported rows a month");

        String item = null;
        for (int i = 4; i <= 5; i++) {
            String code = "P-" + i;
            Http.Reply created = patiently(() -> Http.post("/api/v1/items", token, Http.json("code", code, "name", "Product " + code, "kind", "product")));
            assertEquals(201, created.status(), created::toString);
            item = created.json().getString("id");
        }
        assertQuotaReached(patiently(() -> Http.post("/api/v1/items", token, Http.json("code", "P-6", "name", "One too many", "kind", "product"))), "5 items");

        Http.Reply customer = patiently(() -> Http.post("/api/v1/customers", token, Http.json("name", "Northwind Traders")));
        assertEquals(201, customer.status(), customer::toString);
        String order = OrdersIT.order(customer.json().getString("id"), "phone", OrdersIT.line(item, "1", "\"unit_price\":{\"amount\":10}"));
        assertEquals(201, patiently(() -> Http.post("/api/v1/orders", token, order)).status());
        assertQuotaReached(patiently(() -> Http.post("/api/v1/orders", token, order)), "1 orders a month");

        JsonObject used = usage(token);
        assertQuota(used, "items", 5, 5);
        assertQuota(used, "orders_this_month", 1, 1);
        assertQuota(used, "import_rows_this_month", 3, 3);
    }

    /** Sends again after Retry-After while the answer is 429: a refused call changed nothing. */
    private static Http.Reply patiently(java.util.function.Supplier<Http.Reply> call) throws InterruptedException {
        for (int attempt = 0; attempt < 60; attempt++) {
            Http.Reply reply = call.get();
            if (reply.status() != 429) {
                return reply;
            }
            Thread.sleep(1000L * Long.parseLong(reply.header("retry-after")));
        }
        throw new AssertionError("still rate limited after a minute");
    }

    /** Imports the CSV as items and polls, within the rate limit, until it succeeded or failed. */
    private static JsonObject imported(String token, String csv) throws InterruptedException {
        Http.Reply started = patiently(() -> Http.upload("/api/v1/imports?kind=items", token, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(202, started.status(), started::toString);
        for (int poll = 0; poll < 120; poll++) {
            Http.Reply job = patiently(() -> Http.get("/api/v1/imports/" + started.json().getString("id"), token));
            assertEquals(200, job.status(), job::toString);
            if (List.of("succeeded", "failed").contains(job.json().getString("status"))) {
                return job.json();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the import did not finish within a minute");
    }

    private static JsonObject usage(String token) throws InterruptedException {
        Http.Reply usage = patiently(() -> Http.get("/api/v1/tenant/usage", token));
        assertEquals(200, usage.status(), usage::toString);
        return usage.json();
    }

    private static void assertQuota(JsonObject usage, String quota, long used, long limit) {
        JsonObject use = usage.getJsonObject(quota);
        assertEquals(used, use.getJsonNumber("used").longValue(), quota + " " + usage);
        assertEquals(limit, use.getJsonNumber("quota").longValue(), quota + " " + usage);
    }

    private static void assertQuotaReached(Http.Reply reply, String limit) {
        assertEquals(403, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertEquals("https://flowline.io/problems/quota-reached", reply.json().getString("type"));
        assertTrue(reply.json().getString("detail").contains("allows " + limit), reply::toString);
        assertTrue(reply.json().getString("detail").contains("/api/v1/tenant/usage"), reply::toString);
    }
}
