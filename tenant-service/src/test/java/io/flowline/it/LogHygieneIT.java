package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/**
 * Sends what must never be written down — refused tokens, a wrong password, a client secret, e-mail addresses — then
 * reads every file of the IT server's log folder (messages, console, trace, FFDC) for them.
 */
class LogHygieneIT {
    private static final String UNVERIFIABLE = "Refused a bearer token";
    private static final Path LOG_DIR = Path.of(System.getProperty("flowline.it.log-dir",
            "target/liberty/wlp/usr/servers/flowline-it/logs"));

    @Test
    void noTokenPasswordSecretOrEMailAddressReachesTheLogs() throws Exception {
        assertTrue(Files.isDirectory(LOG_DIR), "the IT server's log folder: " + LOG_DIR.toAbsolutePath());
        long refusalsBefore = logged("CWWKS5523E");
        long unverifiableBefore = logged(UNVERIFIABLE);
        List<String> secrets = new ArrayList<>();

        TestTenants.TestTenant tenant = TestTenants.signUp("Quiet Logs GmbH");
        secrets.add(tenant.token());
        secrets.add(tenant.email());

        // Tokens the server refuses with a 401: one it signed that has expired, one for another audience, garbage, and
        // tokens whose signature does not verify — the server's own token with its signature altered, one signed with
        // another key, one with a shared secret and one unsigned. MP-JWT puts jose4j's exception text, the whole token in
        // it when the signature fails, into its refusal message and an FFDC incident: neither may reach a file.
        JwtClaims old = Tokens.claims(tenant.id(), tenant.ownerId(), "owner");
        Tokens.expireSecondsAgo(old, 3600);
        String expired = Tokens.signWithServerKey(old);
        JwtClaims elsewhere = Tokens.claims(tenant.id(), tenant.ownerId(), "owner");
        elsewhere.setAudience("another-api");
        String otherAudience = Tokens.signWithServerKey(elsewhere);
        String owner = tenant.token();
        String altered = owner.substring(0, owner.length() - 4) + (owner.endsWith("AAAA") ? "BBBB" : "AAAA");
        List<String> refusedTokens = List.of(expired, otherAudience, "not-a-jwt-" + UUID.randomUUID(), altered,
                Tokens.signWithUnknownKey(Tokens.claims(tenant.id(), tenant.ownerId(), "owner")),
                Tokens.signHs256(Tokens.claims(tenant.id(), tenant.ownerId(), "owner")),
                Tokens.unsigned(Tokens.claims(tenant.id(), tenant.ownerId(), "owner")));
        for (String token : refusedTokens) {
            Http.Reply reply = Http.get("/api/v1/users", token);
            assertEquals(401, reply.status(), reply::toString);
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
            secrets.add(token);
            if (!token.endsWith(".")) {
                secrets.add(token.substring(token.lastIndexOf('.') + 1)); // the signature alone is enough to replay it
            }
        }

        String wrongPassword = "wrong-" + UUID.randomUUID();
        Http.Reply refused = Http.form("/api/v1/auth/token",
                Map.of("grant_type", "password", "username", tenant.email(), "password", wrongPassword), Map.of());
        assertEquals(400, refused.status(), refused::toString);
        secrets.add(wrongPassword);

        Http.Reply client = Http.post("/api/v1/api-clients", tenant.token(), Http.json("name", "Logged?", "role", "viewer"));
        String clientSecret = client.json().getString("client_secret");
        secrets.add(clientSecret);
        String basic = "Basic " + Base64.getEncoder().encodeToString((client.json().getString("id") + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        Http.Reply clientToken = Http.form("/api/v1/auth/token", Map.of("grant_type", "client_credentials"), Map.of("Authorization", basic));
        assertEquals(200, clientToken.status(), clientToken::toString);
        secrets.add(clientToken.json().getString("access_token"));
        Http.Reply wrongClient = Http.form("/api/v1/auth/token",
                Map.of("grant_type", "client_credentials", "client_id", "cli_unknown", "client_secret", clientSecret), Map.of());
        assertEquals(401, wrongClient.status(), wrongClient::toString);

        // The same e-mail signed up twice: the database refuses the duplicate, and its message quotes the address.
        Http.Reply again = Http.post("/api/v1/signup", null,
                Http.json("company", "Quiet Logs Twice", "country", "DE", "email", tenant.email(), "password", TestTenants.PASSWORD));
        assertTrue(again.status() < 500, again::toString);
        Http.Reply invited = Http.post("/api/v1/users", tenant.token(), Http.json("email", tenant.email(), "role", "viewer"));
        assertTrue(invited.status() < 500, invited::toString);
        secrets.add(invited.json().getString("invitation_token", tenant.email()));

        // The refusals above are logged, with their reason and without the token: the expired one and the one for another
        // audience by MP-JWT (CWWKS5523E), the five it never saw by the application. Once they are in, so is everything
        // before them.
        long deadline = System.nanoTime() + 20_000_000_000L;
        while ((logged("CWWKS5523E") < refusalsBefore + 2 || logged(UNVERIFIABLE) < unverifiableBefore + 5) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(logged("CWWKS5523E") >= refusalsBefore + 2, "the refused tokens were logged, so the log is current");

        try (Stream<Path> files = Files.walk(LOG_DIR)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = read(file);
                for (String secret : secrets) {
                    assertFalse(text.contains(secret), file.getFileName() + " contains " + secret);
                }
            }
        }
        assertTrue(logged(UNVERIFIABLE) >= unverifiableBefore + 5, "the unverifiable tokens were logged");
        assertTrue(logged(UNVERIFIABLE + " (signature does not verify)") >= 2, "with their reason");
    }

    private static long logged(String messageId) throws IOException {
        Path messages = LOG_DIR.resolve("messages.log");
        return Files.exists(messages) ? read(messages).lines().filter(l -> l.contains(messageId)).count() : 0;
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
