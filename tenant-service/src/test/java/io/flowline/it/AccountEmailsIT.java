package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

/** Sign-up verification, password reset, invitations and the mail log, with every e-mail received over real SMTP. */
class AccountEmailsIT {
    private static final String PUBLIC_URL = "http://localhost:9080";

    @Test
    void signupMailsAVerificationLinkAndOnlyAVerifiedCompanyInvitesOrCreatesApiClients() {
        TestTenants.TestTenant tenant = TestTenants.signUpUnverified("Verify Me AS");
        MimeMessage mail = Mailbox.awaitSubject(tenant.email(), "Confirm your e-mail address for Verify Me AS");
        String code = Mailbox.token(mail, "evt_");
        assertTrue(Mailbox.text(mail).contains(PUBLIC_URL + "/app/verify-email?token=" + code), "the link points at the public URL: " + Mailbox.text(mail));
        assertFalse(Http.get("/api/v1/me", tenant.token()).json().getJsonObject("company").getBoolean("email_verified"));

        Http.Reply invite = Http.post("/api/v1/users", tenant.token(), Http.json("email", TestTenants.uniqueEmail("early"), "role", "planner"));
        assertEquals(403, invite.status(), invite::toString);
        assertTrue(invite.contentType().startsWith("application/problem+json"), invite.contentType());
        assertTrue(invite.json().getString("type").endsWith("email-not-verified"), invite.body());
        assertTrue(invite.json().getString("detail").contains("/api/v1/auth/verify-email/resend"), "says how to get the mail again: " + invite.body());
        Http.Reply client = Http.post("/api/v1/api-clients", tenant.token(), Http.json("name", "ERP", "role", "sales"));
        assertEquals(403, client.status(), client::toString);
        assertTrue(client.json().getString("type").endsWith("email-not-verified"), client.body());

        Http.Reply verified = Http.post("/api/v1/auth/verify-email", null, Http.json("token", code));
        assertEquals(200, verified.status(), verified::toString);
        assertEquals(tenant.email(), verified.json().getString("email"));
        assertTrue(Http.get("/api/v1/me", tenant.token()).json().getJsonObject("company").getBoolean("email_verified"));
        Http.Reply again = Http.post("/api/v1/auth/verify-email", null, Http.json("token", code));
        assertEquals(400, again.status(), "a code works once: " + again);
        assertEquals(List.of("token"), again.errorFields());

        String invitee = TestTenants.uniqueEmail("invitee");
        Http.Reply invited = Http.post("/api/v1/users", tenant.token(), Http.json("email", invitee, "role", "planner", "language", "sv"));
        assertEquals(201, invited.status(), invited::toString);
        MimeMessage invitation = Mailbox.awaitSubject(invitee, "Verify Me AS bjuder in dig till Flowline");
        String invitationCode = Mailbox.token(invitation, "inv_");
        assertEquals(invited.json().getString("invitation_token"), invitationCode, "the e-mail carries the invitation");
        Http.Reply accepted = Http.post("/api/v1/invitations/accept", null, Http.json("token", invitationCode, "password", TestTenants.PASSWORD));
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals(201, Http.post("/api/v1/api-clients", tenant.token(), Http.json("name", "ERP", "role", "sales")).status());
    }

    @Test
    void theOwnerCanHaveTheVerificationMailSentAgainAndAVerifiedCompanyCannot() {
        TestTenants.TestTenant tenant = TestTenants.signUpUnverified("Resend GmbH");
        Mailbox.await(tenant.email(), 1);
        Http.Reply resent = Http.post("/api/v1/auth/verify-email/resend", tenant.token(), null);
        assertEquals(202, resent.status(), resent::toString);
        List<MimeMessage> mails = Mailbox.await(tenant.email(), 2);
        String code = Mailbox.token(mails.get(1), "evt_");
        assertEquals(200, Http.post("/api/v1/auth/verify-email", null, Http.json("token", code)).status());
        Http.Reply late = Http.post("/api/v1/auth/verify-email/resend", tenant.token(), null);
        assertEquals(409, late.status(), late::toString);
        assertTrue(late.contentType().startsWith("application/problem+json"), late.contentType());
    }

    @Test
    void verificationCodesThatAreNotOursAreA400NamingTheToken() {
        for (String code : List.of("evt_nonsense", "", "prt_" + "x".repeat(40))) {
            Http.Reply reply = Http.post("/api/v1/auth/verify-email", null, Http.json("token", code));
            assertEquals(400, reply.status(), code + ": " + reply);
            assertEquals(List.of("token"), reply.errorFields());
        }
    }

    @Test
    void oneCodeSentManyTimesAtOnceVerifiesExactlyOnceAndNeverFailsWithA5xx() throws Exception {
        TestTenants.TestTenant tenant = TestTenants.signUpUnverified("Race Verify Ltd");
        String code = Mailbox.token(Mailbox.awaitSubject(tenant.email(), "Confirm your e-mail address"), "evt_");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Http.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit(() -> Http.post("/api/v1/auth/verify-email", null, Http.json("token", code))));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var reply : replies) {
                statuses.add(reply.get().status());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one wins: " + statuses);
            assertEquals(7, statuses.stream().filter(s -> s == 400).count(), "the others are told the code is used: " + statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void passwordResetAnswersAlikeForKnownAndUnknownMailsOnlyTheKnownAndWorksOnce() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Forgetful Oy");
        Http.Reply login = Http.form("/api/v1/auth/token", Map.of("grant_type", "password", "username", tenant.email(), "password",
                TestTenants.PASSWORD), Map.of());
        String refreshToken = login.json().getString("refresh_token");
        String unknown = TestTenants.uniqueEmail("nobody");

        Http.Reply known = Http.post("/api/v1/auth/password-reset", null, Http.json("email", tenant.email()));
        Http.Reply stranger = Http.post("/api/v1/auth/password-reset", null, Http.json("email", unknown));
        assertEquals(202, known.status(), known::toString);
        assertEquals(202, stranger.status(), stranger::toString);
        assertEquals(known.body().replace(tenant.email(), unknown), stranger.body(), "the same answer but for the echoed address");

        MimeMessage mail = Mailbox.awaitSubject(tenant.email(), "Reset your Flowline password");
        String code = Mailbox.token(mail, "prt_");
        assertTrue(Mailbox.text(mail).contains(PUBLIC_URL + "/app/reset-password?token=" + code), Mailbox.text(mail));
        assertEquals(List.of(), Mailbox.received(unknown), "no e-mail to an address without an account");

        Http.Reply weak = Http.post("/api/v1/auth/password-reset/confirm", null, Http.json("token", code, "password", "password123"));
        assertEquals(400, weak.status(), weak::toString);
        assertEquals(List.of("password"), weak.errorFields());
        String newPassword = "a brand new sturdy passphrase";
        Http.Reply confirmed = Http.post("/api/v1/auth/password-reset/confirm", null, Http.json("token", code, "password", newPassword));
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals(tenant.ownerId(), confirmed.json().getString("id"));

        TestTenants.login(tenant.email(), newPassword);
        Http.Reply oldPassword = Http.form("/api/v1/auth/token", Map.of("grant_type", "password", "username", tenant.email(), "password",
                TestTenants.PASSWORD), Map.of());
        assertEquals(400, oldPassword.status(), oldPassword::toString);
        Http.Reply refresh = Http.form("/api/v1/auth/token", Map.of("grant_type", "refresh_token", "refresh_token", refreshToken), Map.of());
        assertEquals(400, refresh.status(), "a reset ends the sessions from before it: " + refresh);
        assertEquals("invalid_grant", refresh.json().getString("error"));

        Http.Reply reused = Http.post("/api/v1/auth/password-reset/confirm", null, Http.json("token", code, "password", "yet another sturdy passphrase"));
        assertEquals(400, reused.status(), "a code works once: " + reused);
        assertEquals(List.of("token"), reused.errorFields());
        TestTenants.login(tenant.email(), newPassword);
    }

    @Test
    void meDescribesTheUserOrTheApiClientAndTheirCompany() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Who Am I Ltd");
        JsonObject me = Http.get("/api/v1/me", tenant.token()).json();
        assertEquals("me", me.getString("object"));
        assertEquals("user", me.getString("actor_type"));
        assertEquals(tenant.ownerId(), me.getString("id"));
        assertEquals(tenant.email(), me.getString("email"));
        assertEquals("owner", me.getString("role"));
        assertEquals("de-DE", me.getString("language"), "the company's locale when the user has none");
        JsonObject company = me.getJsonObject("company");
        assertEquals(tenant.id(), company.getString("id"));
        assertEquals("Who Am I Ltd", company.getString("name"));
        assertTrue(company.getBoolean("email_verified"));
        assertTrue(company.getJsonArray("enabled_modules").size() > 0);

        Http.Reply created = Http.post("/api/v1/api-clients", tenant.token(), Http.json("name", "Shop sync", "role", "sales"));
        Http.Reply token = Http.form("/api/v1/auth/token", Map.of("grant_type", "client_credentials", "client_id", created.json().getString("id"),
                "client_secret", created.json().getString("client_secret")), Map.of());
        JsonObject client = Http.get("/api/v1/me", token.json().getString("access_token")).json();
        assertEquals("api_client", client.getString("actor_type"));
        assertEquals(created.json().getString("id"), client.getString("id"));
        assertEquals("Shop sync", client.getString("name"));
        assertEquals("sales", client.getString("role"));
        assertFalse(client.containsKey("email") && !client.isNull("email"), "an API client has no e-mail: " + client);
        assertEquals(tenant.id(), client.getJsonObject("company").getString("id"));

        assertEquals(401, Http.get("/api/v1/me", null).status());
    }

    @Test
    void mailLogShowsEachMailsStatusToOwnersAndAdminsWithoutItsCodes() {
        TestTenants.TestTenant tenant = TestTenants.signUp("Logged Mail SE");
        JsonObject entry = awaitLogged(tenant.token(), "verification", "sent");
        assertEquals("mail_message", entry.getString("object"));
        assertEquals(tenant.email(), entry.getString("recipient"));
        assertEquals("en", entry.getString("language"));
        assertEquals(1, entry.getInt("attempts"));
        assertNotNull(entry.getString("sent_at"));
        Http.Reply one = Http.get("/api/v1/mail-log/" + entry.getString("id"), tenant.token());
        assertEquals(200, one.status(), one::toString);
        assertFalse(one.body().contains("evt_") || one.body().contains("token"), "no code in the log: " + one.body());
        assertEquals(400, Http.get("/api/v1/mail-log?status=lost", tenant.token()).status());

        String viewer = TestTenants.userWithRole(tenant, "viewer");
        assertEquals(403, Http.get("/api/v1/mail-log", viewer).status());
        assertEquals(200, Http.get("/api/v1/mail-log", TestTenants.userWithRole(tenant, "admin")).status());
    }

    @Test
    void aMailThatCannotBeSentIsRetriedUntilTheServerTakesIt() {
        Mailbox.stop();
        TestTenants.TestTenant tenant;
        JsonObject failed;
        try {
            tenant = TestTenants.signUpUnverified("Patient Post AB");
            failed = awaitLogged(tenant.token(), "verification", "queued", e -> e.getInt("attempts") >= 1 && e.containsKey("last_error") && !e.isNull("last_error"));
        } finally {
            Mailbox.start();
        }
        assertTrue(failed.getString("last_error").length() > 0);
        assertNotNull(failed.getString("next_attempt_at"), "a retry is planned: " + failed);
        Mailbox.awaitSubject(tenant.email(), "Confirm your e-mail address");
        JsonObject sent = awaitLogged(tenant.token(), "verification", "sent");
        assertTrue(sent.getInt("attempts") >= 2, "sent on a later attempt: " + sent);
        assertFalse(sent.containsKey("last_error") && !sent.isNull("last_error"), "the error is gone once sent: " + sent);
    }

    @Test
    void mailsAreWrittenInTheUsersLanguage() {
        Map<String, String> subjects = Map.of("nb", "Bekreft e-postadressen din", "zh-CN", "请确认您在", "sv", "Bekräfta din e-postadress");
        subjects.forEach((language, subject) -> {
            String email = TestTenants.uniqueEmail("lang");
            Http.Reply signup = Http.post("/api/v1/signup", null,
                    Http.json("company", "Språk " + language, "country", "DE", "email", email, "password", TestTenants.PASSWORD, "language", language));
            assertEquals(202, signup.status(), signup::toString);
            Mailbox.awaitSubject(email, subject);
        });
        String swede = TestTenants.uniqueEmail("se");
        Http.post("/api/v1/signup", null, Http.json("company", "Svensk AB", "country", "SE", "email", swede, "password", TestTenants.PASSWORD));
        Mailbox.awaitSubject(swede, "Bekräfta din e-postadress för Svensk AB");
        Http.Reply badLanguage = Http.post("/api/v1/signup", null, Http.json("company", "X", "country", "DE", "email", TestTenants.uniqueEmail("x"),
                "password", TestTenants.PASSWORD, "language", "not a language"));
        assertEquals(400, badLanguage.status(), badLanguage::toString);
        assertEquals(List.of("language"), badLanguage.errorFields());
    }

    private static JsonObject awaitLogged(String token, String kind, String status) {
        return awaitLogged(token, kind, status, e -> true);
    }

    private static JsonObject awaitLogged(String token, String kind, String status, java.util.function.Predicate<JsonObject> also) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        Http.Reply log = null;
        while (System.nanoTime() < deadline) {
            log = Http.get("/api/v1/mail-log", token);
            assertEquals(200, log.status(), log::toString);
            var found = log.data().stream().map(v -> v.asJsonObject())
                    .filter(e -> e.getString("kind").equals(kind) && e.getString("status").equals(status) && also.test(e)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no " + status + " " + kind + " e-mail in the log: " + log);
    }
}
