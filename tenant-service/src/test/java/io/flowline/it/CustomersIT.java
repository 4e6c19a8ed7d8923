package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CustomersIT {
    private static final String PATH = "/api/v1/customers";

    private static String address(String city, String country) {
        return Json.createObjectBuilder().add("line1", "Hafenstraße 12").add("postal_code", "20457").add("city", city)
                .add("country", country).build().toString();
    }

    private static JsonObject withoutCreatedAt(JsonObject object) {
        return Json.createObjectBuilder(object).remove("created_at").build();
    }

    private static String contact(String name, String email) {
        return Json.createObjectBuilder().add("name", name).add("email", email).add("phone", "+49 40 1234567").add("role", "purchasing")
                .build().toString();
    }

    @Test
    void createReadChangeAndArchive() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Customer Keepers GmbH");
        String body = "{\"name\":\"Northwind Traders GmbH\",\"contacts\":[" + contact("Jana Novak", "jana@northwind.example") + "],"
                + "\"delivery_addresses\":[" + address("Hamburg", "DE") + "," + address("Wien", "AT") + "],"
                + "\"invoice_address\":" + address("Hamburg", "DE") + ",\"notes\":\"Weekdays only.\"}";
        Http.Reply created = Http.post(PATH, tenant.token(), body);
        assertEquals(201, created.status(), created::toString);
        JsonObject customer = created.json();
        String id = customer.getString("id");
        assertTrue(id.startsWith("cus_"), id);
        assertTrue(created.header("location").endsWith(PATH + "/" + id));
        assertEquals("customer", customer.getString("object"));
        assertEquals("C-00001", customer.getString("number"), "the first customer without a number gets the first of the series");
        assertEquals("de", customer.getString("language"), "defaults to the language of the tenant's locale (a German company)");
        assertEquals("jana@northwind.example", customer.getJsonArray("contacts").getJsonObject(0).getString("email"));
        assertEquals("AT", customer.getJsonArray("delivery_addresses").getJsonObject(1).getString("country"));
        assertEquals("20457", customer.getJsonObject("invoice_address").getString("postal_code"));
        assertEquals("active", customer.getString("status"));

        Http.Reply read = Http.get(PATH + "/" + id, tenant.token());
        assertEquals(200, read.status());
        // created_at aside: on MariaDB the stored value loses its fraction of a second (a platform issue, reported).
        assertEquals(withoutCreatedAt(created.json()), withoutCreatedAt(read.json()));

        assertEquals(428, Http.patch(PATH + "/" + id, tenant.token(), null, Http.json("name", "Northwind")).status());
        Http.Reply changed = Http.patch(PATH + "/" + id, tenant.token(), read.header("etag"),
                "{\"name\":\"Northwind Traders AG\",\"language\":\"en-gb\",\"contacts\":[" + contact("Tom Berger", "tom@northwind.example") + "],\"notes\":\"\"}");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("Northwind Traders AG", changed.json().getString("name"));
        assertEquals("en-GB", changed.json().getString("language"), "stored in the canonical form");
        assertEquals(1, changed.json().getJsonArray("contacts").size());
        assertEquals("Tom Berger", changed.json().getJsonArray("contacts").getJsonObject(0).getString("name"));
        assertEquals(2, changed.json().getJsonArray("delivery_addresses").size(), "omitted fields stay as they are");
        assertFalse(changed.json().containsKey("notes") && !changed.json().isNull("notes"), "an empty notes clears them: " + changed.body());
        assertEquals(412, Http.patch(PATH + "/" + id, tenant.token(), read.header("etag"), Http.json("name", "Stale")).status());

        Http.Reply archived = Http.post(PATH + "/" + id + "/archive", tenant.token(), null);
        assertEquals(200, archived.status(), archived::toString);
        assertEquals("archived", archived.json().getString("status"));
        assertTrue(archived.json().containsKey("archived_at"));
        assertEquals(409, Http.post(PATH + "/" + id + "/archive", tenant.token(), null).status());
        Http.Reply changeArchived = Http.patch(PATH + "/" + id, tenant.token(), archived.header("etag"), Http.json("name", "Ghost"));
        assertEquals(409, changeArchived.status(), changeArchived::toString);
        assertEquals(200, Http.get(PATH + "/" + id, tenant.token()).status(), "an archived customer stays readable");
        assertEquals(0, Http.get(PATH + "?status=active", tenant.token()).data().size());
        assertEquals(1, Http.get(PATH + "?status=archived", tenant.token()).data().size());
        assertEquals(400, Http.get(PATH + "?status=gone", tenant.token()).status());

        Http.Reply audit = Http.get("/api/v1/audit-events?object_id=" + id, tenant.token());
        assertEquals(200, audit.status(), audit::toString);
        assertTrue(audit.body().contains("customer.created") && audit.body().contains("customer.updated")
                && audit.body().contains("customer.archived"), audit::toString);
    }

    @Test
    void everyBadFieldIsNamedWithItsPlace() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Strict Checks Ltd");
        String body = "{\"name\":\"Acme\",\"contacts\":[" + contact("Ok Person", "ok@acme.example") + ","
                + "{\"name\":\"Bad Mail\",\"email\":\"not-an-email\",\"phone\":\"call me\"}," + "{\"email\":\"nameless@acme.example\"}],"
                + "\"delivery_addresses\":[" + address("Berlin", "DE") + "," + address("Nowhere", "XX") + ",{\"line1\":\"Only a line\",\"country\":\"de\"}],"
                + "\"invoice_address\":{\"city\":\"Paris\",\"country\":\"FR\"},\"language\":\"!!\"}";
        Http.Reply reply = Http.post(PATH, tenant.token(), body);
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        assertEquals(List.of("contacts[1].email", "contacts[1].phone", "contacts[2].name", "delivery_addresses[1].country",
                "delivery_addresses[2].city", "delivery_addresses[2].country", "invoice_address.line1", "language"), reply.errorFields());

        Http.Reply unknown = Http.post(PATH, tenant.token(), "{\"name\":\"Acme\",\"contacts\":[{\"name\":\"A\",\"fax\":\"123\"}]}");
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals(List.of("contacts[0].fax"), unknown.errorFields());
        Http.Reply nameless = Http.post(PATH, tenant.token(), "{\"name\":\" \"}");
        assertEquals(400, nameless.status(), nameless::toString);
        assertEquals(List.of("name"), nameless.errorFields());
        Http.Reply readOnly = Http.post(PATH, tenant.token(), "{\"name\":\"Acme\",\"status\":\"archived\"}");
        assertEquals(400, readOnly.status(), readOnly::toString);

        Http.Reply ok = Http.post(PATH, tenant.token(), Http.json("name", "Acme"));
        Http.Reply badPatch = Http.patch(PATH + "/" + ok.json().getString("id"), tenant.token(), ok.header("etag"),
                "{\"contacts\":[" + contact("A", "a@acme.example") + ",{\"name\":\"B\",\"email\":\"b@\"}]}");
        assertEquals(400, badPatch.status(), badPatch::toString);
        assertEquals(List.of("contacts[1].email"), badPatch.errorFields());
    }

    /** 50 addresses of the longest valid lines in a three-byte script (€) are 90 KB of JSON: more than a MySQL TEXT holds. */
    @Test
    void theLargestValidListsAreStoredWhole() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Long Lines Ltd");
        String long200 = "€".repeat(200);
        String long100 = "€".repeat(100);
        var addresses = Json.createArrayBuilder();
        var contacts = Json.createArrayBuilder();
        for (int i = 0; i < 50; i++) {
            addresses.add(Json.createObjectBuilder().add("line1", long200).add("line2", long200).add("postal_code", "1".repeat(20))
                    .add("city", long100).add("region", long100).add("country", "DE"));
            contacts.add(Json.createObjectBuilder().add("name", long200).add("email", "c" + i + "@" + "e".repeat(60) + ".example")
                    .add("phone", "+49 " + "1".repeat(36)).add("role", long100));
        }
        String body = Json.createObjectBuilder().add("name", "Long Lines").add("delivery_addresses", addresses).add("contacts", contacts)
                .build().toString();
        Http.Reply created = Http.post(PATH, tenant.token(), body);
        assertEquals(201, created.status(), () -> created.toString().substring(0, Math.min(500, created.toString().length())));
        Http.Reply read = Http.get(PATH + "/" + created.json().getString("id"), tenant.token());
        assertEquals(50, read.json().getJsonArray("delivery_addresses").size());
        assertEquals(long200, read.json().getJsonArray("delivery_addresses").getJsonObject(49).getString("line2"));
        assertEquals(50, read.json().getJsonArray("contacts").size());
    }

    @Test
    void numbersAreUniqueAndTheSeriesPassesOverNumbersGivenByHand() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Numbered Co");
        assertEquals(201, Http.post(PATH, tenant.token(), Http.json("name", "Hand Numbered", "number", "C-00002")).status());
        Http.Reply duplicate = Http.post(PATH, tenant.token(), Http.json("name", "Copycat", "number", "C-00002"));
        assertEquals(409, duplicate.status(), duplicate::toString);
        assertEquals("C-00001", Http.post(PATH, tenant.token(), Http.json("name", "First Auto")).json().getString("number"));
        Http.Reply third = Http.post(PATH, tenant.token(), Http.json("name", "Second Auto"));
        assertEquals("C-00003", third.json().getString("number"), "C-00002 is taken by hand, so the series passes over it");

        Http.Reply renumber = Http.patch(PATH + "/" + third.json().getString("id"), tenant.token(), third.header("etag"), Http.json("number", "C-00002"));
        assertEquals(409, renumber.status(), renumber::toString);
        Http.Reply otherTenant = Http.post(PATH, TestTenants.signUp("Other Numbers").token(), Http.json("name", "Elsewhere", "number", "C-00002"));
        assertEquals(201, otherTenant.status(), "numbers are unique per tenant only: " + otherTenant);
    }

    /**
     * Every tenant's counter row has the same id ("customer"): taking a number must update the caller's row only. Taken in
     * turns, each tenant's counter reaches the same version as the other's just before it is updated.
     */
    @Test
    void eachCompanysSeriesCountsOnlyItsOwnNumbers() {
        String first = TestTenants.signUp("Turns One").token();
        String second = TestTenants.signUp("Turns Two").token();
        for (int n = 1; n <= 3; n++) {
            String expected = String.format("C-%05d", n);
            assertEquals(expected, Http.post(PATH, first, Http.json("name", "First " + n)).json().getString("number"));
            assertEquals(expected, Http.post(PATH, second, Http.json("name", "Second " + n)).json().getString("number"),
                    "the other company's numbers are not this one's");
        }
    }

    @Test
    void searchByNameOrNumberAndPageWithACursor() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Search Co");
        for (String name : List.of("Alpha Tools", "Beta Tools", "Gamma 100% Steel", "Delta_Parts", "Epsilon")) {
            assertEquals(201, Http.post(PATH, tenant.token(), Http.json("name", name)).status());
        }
        assertEquals(2, Http.get(PATH + "?q=tools", tenant.token()).data().size(), "case-insensitive, on the name");
        assertEquals(1, Http.get(PATH + "?q=C-00004", tenant.token()).data().size(), "on the number");
        assertEquals(1, Http.get(PATH + "?q=100%25", tenant.token()).data().size(), "% is a character, not a wildcard");
        assertEquals(1, Http.get(PATH + "?q=a_p", tenant.token()).data().size(), "_ is a character, not a wildcard");
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Http.Reply page = Http.get(PATH + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), tenant.token());
            assertEquals(200, page.status(), page::toString);
            page.data().forEach(c -> assertTrue(seen.add(c.asJsonObject().getString("id")), "no repeats"));
            cursor = page.json().getBoolean("has_more") ? page.json().getString("next_cursor") : null;
            pages++;
        } while (cursor != null);
        assertEquals(5, seen.size());
        assertEquals(3, pages);
    }

    @Test
    void everyoneReadsButOnlyOwnersAdminsAndSalesWrite() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Roles Co");
        String viewer = TestTenants.userWithRole(tenant, "viewer");
        String sales = TestTenants.userWithRole(tenant, "sales");
        Http.Reply created = Http.post(PATH, sales, Http.json("name", "Sold To"));
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        assertEquals(200, Http.get(PATH, viewer).status());
        assertEquals(200, Http.get(PATH + "/" + id, viewer).status());
        assertEquals(403, Http.post(PATH, viewer, Http.json("name", "Not Allowed")).status());
        assertEquals(403, Http.patch(PATH + "/" + id, viewer, created.header("etag"), Http.json("name", "Nope")).status());
        assertEquals(403, Http.post(PATH + "/" + id + "/archive", viewer, null).status());
        assertEquals(401, Http.get(PATH, null).status());
    }

    /**
     * A creation that takes C-00002 and then fails must put C-00002 back. On MariaDB the test makes one fail after the
     * number is taken: it holds an uncommitted row with the number C-00002 (the server's check cannot see it, its insert
     * waits on the unique key) and interrupts that insert with KILL QUERY. On H2, in the server's memory, it is skipped.
     */
    @Test
    void aNumberTakenByATransactionThatRollsBackIsGivenOutAgain() throws Exception {
        String url = System.getenv("FLOWLINE_TEST_DB_URL");
        Assumptions.assumeTrue(url != null, "needs the MariaDB test database");
        TestTenants.TestTenant tenant = TestTenants.signUp("Rollback Co");
        try (Connection db = DriverManager.getConnection(url, System.getenv("FLOWLINE_TEST_DB_USER"), System.getenv("FLOWLINE_TEST_DB_PASSWORD"))) {
            Assumptions.assumeTrue(count(db, "SELECT COUNT(*) FROM tenants WHERE id = '" + tenant.id() + "'") == 1,
                    "this run's server uses another database");
            assertEquals("C-00001", Http.post(PATH, tenant.token(), Http.json("name", "First")).json().getString("number"));

            db.setAutoCommit(false);
            try (PreparedStatement blocker = db.prepareStatement("INSERT INTO customers (tenant_id, id, number, name, language, status, created_at, version)"
                    + " VALUES (?, 'cus_00000000000000000000000000', 'C-00002', 'Blocker', 'de', 'ACTIVE', NOW(6), 1)")) {
                blocker.setString(1, tenant.id());
                blocker.executeUpdate();
            }
            ExecutorService background = Executors.newSingleThreadExecutor();
            try {
                Future<Http.Reply> failing = background.submit(() -> postOverHttp11(PATH, tenant.token(), Http.json("name", "Interrupted")));
                long server = waitForBlockedInsert(db);
                try (Statement kill = db.createStatement()) {
                    kill.execute("KILL QUERY " + server);
                }
                Http.Reply failed = failing.get(30, TimeUnit.SECONDS);
                assertEquals(500, failed.status(), failed::toString);
            } finally {
                background.shutdownNow();
                db.rollback();
            }
        }
        Http.Reply next = Http.post(PATH, tenant.token(), Http.json("name", "Next"));
        assertEquals(201, next.status(), next::toString);
        assertEquals("C-00002", next.json().getString("number"), "the number of the rolled-back creation is given out again");
        assertEquals("C-00003", Http.post(PATH, tenant.token(), Http.json("name", "After")).json().getString("number"));
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The server connection whose INSERT INTO customers waits on our uncommitted row. */
    private static long waitForBlockedInsert(Connection db) throws Exception {
        for (int i = 0; i < 200; i++) {
            try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                    "SELECT ID FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() AND UPPER(INFO) LIKE 'INSERT INTO CUSTOMERS%'")) {
                if (rows.next()) {
                    return rows.getLong(1);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server's insert never waited on the blocking row");
    }

    /**
     * Plain HTTP/1.1: with the JDK client's default (HTTP/2 through an h2c upgrade), 32 requests that open connections at
     * the same moment got their answers 16 to 20 s after the server had committed them, which hid the timing of the locks.
     */
    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static Http.Reply postOverHttp11(String path, String token, String json) throws Exception {
        HttpResponse<String> response = HTTP_1_1.send(HttpRequest.newBuilder(URI.create(Http.BASE_URL + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        return new Http.Reply(response.statusCode(), Map.of(), response.body());
    }

    /** The number machinery that orders reuse: concurrent takers on a fresh tenant (so also racing to create the counter). */
    @Test
    void concurrentCreationGivesDistinctConsecutiveNumbersWithoutGaps() throws Exception {
        TestTenants.TestTenant tenant = TestTenants.signUp("Rush Hour GmbH");
        int requests = 32;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String body = Http.json("name", "Concurrent " + i);
                replies.add(pool.submit(() -> {
                    start.await();
                    return postOverHttp11(PATH, tenant.token(), body);
                }));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<Http.Reply> reply : replies) {
                Http.Reply r = reply.get();
                assertEquals(201, r.status(), r::toString);
                numbers.add(r.json().getString("number"));
            }
            List<String> expected = IntStream.rangeClosed(1, requests).mapToObj(n -> String.format("C-%05d", n)).toList();
            assertEquals(expected, numbers.stream().sorted().toList(), "32 distinct numbers, C-00001 to C-00032, none missing");
        } finally {
            pool.shutdownNow();
        }
        assertEquals("C-00033", Http.post(PATH, tenant.token(), Http.json("name", "Afterwards")).json().getString("number"));
    }
}
