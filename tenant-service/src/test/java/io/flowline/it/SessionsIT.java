package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Access that can be taken back takes effect on the very next request, and sign-in and refresh hold under concurrency. */
class SessionsIT {
    static TestTenants.TestTenant acme;

    @BeforeAll
    static void signUp() {
        acme = TestTenants.signUp("Sessions Acme");
    }

    /** A signed-in member of the company: their id, e-mail and a session. */
    record Member(String id, String email, String accessToken, String refreshToken) {
    }

    static Member member(TestTenants.TestTenant tenant, String role) {
        String email = TestTenants.uniqueEmail(role);
        Http.Reply invite = Http.post("/api/v1/users", tenant.token(), Http.json("email", email, "role", role));
        assertEquals(201, invite.status(), invite::toString);
        Http.Reply accept = Http.post("/api/v1/invitations/accept", null,
                Http.json("token", invite.json().getString("invitation_token"), "password", TestTenants.PASSWORD));
        assertEquals(200, accept.status(), accept::toString);
        Http.Reply session = signIn(email);
        return new Member(invite.json().getString("id"), email, session.json().getString("access_token"), session.json().getString("refresh_token"));
    }

    static Http.Reply signIn(String email) {
        Http.Reply reply = Http.form("/api/v1/auth/token", Map.of("grant_type", "password", "username", email, "password", TestTenants.PASSWORD), Map.of());
        assertEquals(200, reply.status(), reply::toString);
        return reply;
    }

    static Http.Reply refresh(String refreshToken) {
        return Http.form("/api/v1/auth/token", Map.of("grant_type", "refresh_token", "refresh_token", refreshToken), Map.of());
    }

    static void assertRevoked(Http.Reply reply) {
        assertEquals(401, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertEquals("https://flowline.io/problems/unauthorized", reply.json().getString("type"));
        assertTrue(reply.header("www-authenticate").startsWith("Bearer"), reply::toString);
    }

    static void assertInvalidGrant(Http.Reply reply) {
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("invalid_grant", reply.json().getString("error"), reply::toString);
    }

    @Test
    void aDeactivatedAdminsNextRequestIs401AndTheApiClientTheyTryToCreateDoesNotHappen() {
        Member admin = member(acme, "admin");
        assertEquals(200, Http.get("/api/v1/api-clients", admin.accessToken()).status(), "control: the admin may manage API clients");

        assertEquals(200, Http.post("/api/v1/users/" + admin.id() + "/deactivate", acme.token(), null).status());

        String name = "Backdoor " + admin.id();
        assertRevoked(Http.post("/api/v1/api-clients", admin.accessToken(), Http.json("name", name, "role", "admin")));
        assertRevoked(Http.get("/api/v1/tenant", admin.accessToken()));
        Http.Reply clients = Http.get("/api/v1/api-clients?limit=100", acme.token());
        assertTrue(clients.data().stream().noneMatch(c -> c.asJsonObject().getString("name").equals(name)), clients::toString);
        assertInvalidGrant(refresh(admin.refreshToken()));
    }

    @Test
    void aDemotedAdminCanNoLongerInviteOnTheirNextRequest() {
        Member admin = member(acme, "admin");
        Http.Reply invited = Http.post("/api/v1/users", admin.accessToken(), Http.json("email", TestTenants.uniqueEmail("before"), "role", "viewer"));
        assertEquals(201, invited.status(), "control: an admin may invite: " + invited);
        Http.Reply read = Http.get("/api/v1/users/" + admin.id(), acme.token());

        Http.Reply demoted = Http.patch("/api/v1/users/" + admin.id(), acme.token(), read.header("etag"), Http.json("role", "planner"));
        assertEquals(200, demoted.status(), demoted::toString);

        Http.Reply invite = Http.post("/api/v1/users", admin.accessToken(), Http.json("email", TestTenants.uniqueEmail("after"), "role", "viewer"));
        assertEquals(403, invite.status(), "the token still says admin, the user is a planner now: " + invite);
        assertTrue(invite.contentType().startsWith("application/problem+json"), invite::toString);
        assertEquals(403, Http.get("/api/v1/users", admin.accessToken()).status());
        assertEquals(200, Http.get("/api/v1/tenant", admin.accessToken()).status(), "a role change is not a sign-out: the planner works on");
        Http.Reply refreshed = refresh(admin.refreshToken());
        assertEquals(200, refreshed.status(), refreshed::toString);
        assertEquals("planner", refreshed.json().getString("scope"));
    }

    @Test
    void aPromotionTakesEffectWithTheNextToken() {
        Member viewer = member(acme, "viewer");
        Http.Reply read = Http.get("/api/v1/users/" + viewer.id(), acme.token());
        assertEquals(200, Http.patch("/api/v1/users/" + viewer.id(), acme.token(), read.header("etag"), Http.json("role", "admin")).status());
        Http.Reply refreshed = refresh(viewer.refreshToken());
        assertEquals("admin", refreshed.json().getString("scope"), refreshed::toString);
        assertEquals(200, Http.get("/api/v1/users", refreshed.json().getString("access_token")).status());
    }

    @Test
    void aRevokedApiClientsTokenIs401OnTheNextRequest() {
        Http.Reply created = Http.post("/api/v1/api-clients", acme.token(), Http.json("name", "ERP to revoke", "role", "sales"));
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        String basic = "Basic " + Base64.getEncoder().encodeToString((id + ":" + created.json().getString("client_secret")).getBytes(StandardCharsets.UTF_8));
        Http.Reply token = Http.form("/api/v1/auth/token", Map.of("grant_type", "client_credentials"), Map.of("Authorization", basic));
        String access = token.json().getString("access_token");
        assertEquals(200, Http.get("/api/v1/tenant", access).status(), "control: the client's token works");

        assertEquals(200, Http.post("/api/v1/api-clients/" + id + "/revoke", acme.token(), null).status());

        assertRevoked(Http.get("/api/v1/tenant", access));
        assertRevoked(Http.post("/api/v1/customers", access, Http.json("name", "Not created")));
    }

    @Test
    void signingAUserOutEverywhereEndsTheirAccessAndRefreshTokens() {
        Member planner = member(acme, "planner");
        Http.Reply second = signIn(planner.email());
        assertEquals(200, Http.get("/api/v1/tenant", planner.accessToken()).status(), "control: the session works");

        Http.Reply revoked = Http.post("/api/v1/users/" + planner.id() + "/sessions/revoke", acme.token(), null);
        assertEquals(204, revoked.status(), revoked::toString);

        assertRevoked(Http.get("/api/v1/tenant", planner.accessToken()));
        assertRevoked(Http.get("/api/v1/tenant", second.json().getString("access_token")));
        assertInvalidGrant(refresh(planner.refreshToken()));
        assertInvalidGrant(refresh(second.json().getString("refresh_token")));
        Http.Reply again = signIn(planner.email());
        assertEquals(200, Http.get("/api/v1/tenant", again.json().getString("access_token")).status(), "they may sign in again");
    }

    @Test
    void onlyOwnersAndAdminsSignOthersOutAndOnlyOwnersSignOutAnOwner() {
        Member admin = member(acme, "admin");
        Member sales = member(acme, "sales");
        Http.Reply bySales = Http.post("/api/v1/users/" + admin.id() + "/sessions/revoke", sales.accessToken(), null);
        assertEquals(403, bySales.status(), bySales::toString);
        Http.Reply ofOwner = Http.post("/api/v1/users/" + acme.ownerId() + "/sessions/revoke", admin.accessToken(), null);
        assertEquals(403, ofOwner.status(), ofOwner::toString);
        assertTrue(ofOwner.contentType().startsWith("application/problem+json"), ofOwner::toString);
        assertEquals(200, Http.get("/api/v1/tenant", acme.token()).status(), "the owner stays signed in");
        assertEquals(404, Http.post("/api/v1/users/usr_unknown/sessions/revoke", acme.token(), null).status());
    }

    @Test
    void logoutEndsTheCallersOwnSessionsOnly() {
        Member planner = member(acme, "planner");
        Member colleague = member(acme, "planner");
        Http.Reply second = signIn(planner.email());

        Http.Reply logout = Http.post("/api/v1/auth/logout", planner.accessToken(), null);
        assertEquals(204, logout.status(), logout::toString);

        assertRevoked(Http.get("/api/v1/tenant", planner.accessToken()));
        assertRevoked(Http.get("/api/v1/tenant", second.json().getString("access_token")));
        assertInvalidGrant(refresh(planner.refreshToken()));
        assertInvalidGrant(refresh(second.json().getString("refresh_token")));
        assertEquals(200, Http.get("/api/v1/tenant", colleague.accessToken()).status(), "a colleague's session is untouched");
        assertRevoked(Http.post("/api/v1/auth/logout", null, null));
    }

    @Test
    void thirtyConcurrentFailedSignInsNeverFailAndEngageTheLock() throws Exception {
        TestTenants.TestTenant victim = TestTenants.signUp("Concurrent Brute Force Target");
        List<Http.Reply> replies = concurrently(30, () -> signInAttempt(victim.email(), "a wrong guess"));

        List<Integer> statuses = replies.stream().map(Http.Reply::status).toList();
        assertTrue(statuses.stream().allMatch(s -> s == 400 || s == 429), "only refusals, never a 5xx: " + statuses);
        assertLocked(signInAttempt(victim.email(), TestTenants.PASSWORD));
    }

    /** The lock engages at the 10th failure (the default), not later: nine concurrent failures must all have been counted. */
    @Test
    void concurrentFailuresAreCountedExactly() throws Exception {
        TestTenants.TestTenant victim = TestTenants.signUp("Exact Count Target");
        List<Http.Reply> nine = concurrently(9, () -> signInAttempt(victim.email(), "a wrong guess"));

        List<Integer> statuses = nine.stream().map(Http.Reply::status).toList();
        assertTrue(statuses.stream().allMatch(s -> s == 400 || s == 429), "only refusals, never a 5xx: " + statuses);
        assertTrue(nine.stream().filter(r -> r.status() == 429).allMatch(r -> Long.parseLong(r.header("retry-after")) <= LOCK_FLOOR_SECONDS),
                "nine failures only slow the login down: " + nine);
        assertLocked(signInAttempt(victim.email(), TestTenants.PASSWORD));
    }

    /** The longest throttle wait is a minute; the lock lasts 15 minutes by default. */
    private static final long LOCK_FLOOR_SECONDS = 120;

    static Http.Reply signInAttempt(String email, String password) {
        return Http.form("/api/v1/auth/token", Map.of("grant_type", "password", "username", email, "password", password), Map.of());
    }

    static void assertLocked(Http.Reply reply) {
        assertEquals(429, reply.status(), "even the right password is refused: " + reply);
        assertTrue(Long.parseLong(reply.header("retry-after")) > LOCK_FLOOR_SECONDS, "locked, not just slowed down: " + reply);
    }

    @Test
    void twentyConcurrentRefreshesWithOneTokenHaveExactlyOneWinner() throws Exception {
        Member planner = member(acme, "planner");
        List<Http.Reply> replies = concurrently(20, () -> refresh(planner.refreshToken()));

        List<Integer> statuses = replies.stream().map(Http.Reply::status).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
        assertEquals(19, replies.stream().filter(r -> r.status() == 400 && r.json().getString("error").equals("invalid_grant")).count(),
                statuses::toString);
        Http.Reply winner = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        assertEquals(200, Http.get("/api/v1/tenant", winner.json().getString("access_token")).status());
        assertEquals(200, refresh(winner.json().getString("refresh_token")).status(), "the winner's new refresh token works");
    }

    /** Starts all calls at once, on threads of their own, and returns their replies. */
    private static List<Http.Reply> concurrently(int count, Supplier<Http.Reply> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Http.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.get();
                }));
            }
            start.countDown();
            List<Http.Reply> replies = new ArrayList<>();
            for (Future<Http.Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
