package io.flowline.platform.idempotency.rest;

import io.flowline.platform.idempotency.RequestFingerprint;
import io.flowline.platform.idempotency.OneTimeSecrets;
import io.flowline.platform.idempotency.IdempotencyStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.logging.Logger;

import io.flowline.api.platform.ApiHeaders;
import io.flowline.api.platform.Problem;
import io.flowline.platform.json.JsonbConfigurator;
import io.flowline.platform.persistence.DatabaseUnavailable;
import io.flowline.platform.persistence.DuplicateKey;
import io.flowline.platform.problem.rest.Problems;
import io.flowline.platform.security.SigningKeys;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Idempotency-Key on POST: the first outcome is kept for 24 hours and a retry gets it back
 * (with {@code Idempotent-Replayed: true}) instead of a second object. The same key with another
 * request (method, path, query string or JSON meaning) is a 422; a retry while the first is still running is a 409.
 * <p>
 * Keys belong to the caller: a user's or API client's key never meets another caller's. An anonymous POST (sign-up,
 * accepting an invitation) has no caller to scope by, so its key is scoped by the request itself: only the same key
 * with the very same body — password included — replays, and nobody else can read or block that answer.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String CLAIM = IdempotencyFilter.class.getName();
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());
    private static final int MAX_KEY_LENGTH = 255;

    @Inject
    IdempotencyStore store;

    @Inject
    TenantContext caller;

    private record ClaimedKey(String scope, String key) {
    }

    /**
     * Derived from the token signing key, which every replica shares and production configures. A new signing key
     * changes every fingerprint, so a retry across that change is a 422, not a replay.
     */
    private static final class FingerprintKey {
        static final byte[] KEY = derive();

        private static byte[] derive() {
            try {
                java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
                digest.update("flowline idempotency fingerprint\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return digest.digest(SigningKeys.signingKey().getPrivateKey().getEncoded());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(ApiHeaders.IDEMPOTENCY_KEY);
        // Token responses are secrets and must never be stored.
        if (!"POST".equals(request.getMethod()) || key == null || request.getUriInfo().getPath().endsWith("auth/token")) {
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            request.abortWith(problem(400, "invalid-idempotency-key", "Invalid Idempotency-Key",
                    "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters; a UUID is a good choice.", request));
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        URI uri = request.getUriInfo().getRequestUri();
        String hash = RequestFingerprint.of(FingerprintKey.KEY, request.getMethod(), uri.getRawPath(), uri.getRawQuery(),
                isJson(request.getMediaType()), body);
        String scope = caller.authenticated() ? caller.tenantId() + ":" + caller.actorId() : "anonymous:" + hash;

        IdempotencyStore.Claim claim;
        try {
            claim = store.claim(scope, key, hash);
        } catch (RuntimeException e) {
            if (!DuplicateKey.causedBy(e)) {
                throw e;
            }
            claim = new IdempotencyStore.InProgress(); // a concurrent retry claimed the key first
        }
        if (claim instanceof IdempotencyStore.Claimed) {
            request.setProperty(CLAIM, new ClaimedKey(scope, key));
        } else if (claim instanceof IdempotencyStore.Replay replay) {
            request.abortWith(replay(replay));
        } else if (claim instanceof IdempotencyStore.Mismatch) {
            request.abortWith(problem(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was used with a different request; use a new key for a new request.", request));
        } else {
            request.abortWith(problem(409, "idempotency-key-in-use", "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry in a moment.", request));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof ClaimedKey claimed)) {
            return;
        }
        if (response.getStatus() >= 500 || response.getStatus() == 429) {
            unlessDatabaseAway(() -> store.release(claimed.scope(), claimed.key()));
            return;
        }
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String s ? s : JsonbConfigurator.jsonb().toJson(entity);
        OneTimeSecrets.Stripped stored = OneTimeSecrets.strip(body);
        unlessDatabaseAway(() -> store.complete(claimed.scope(), claimed.key(), response.getStatus(), stored.body(), stored.omitted(),
                response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG)));
    }

    /**
     * The answer stands when the database went away after it was decided: a failure here would turn it into a bare 500
     * (nothing maps an exception thrown while the answer is written), even for a write that was committed. The claim
     * left behind counts as abandoned after {@link IdempotencyStore#ABANDONED}.
     */
    private static void unlessDatabaseAway(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            LOG.warning("Idempotency record not updated, the database is unavailable: " + e.getClass().getName());
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    private static Response replay(IdempotencyStore.Replay replay) {
        MediaType type = replay.status() >= 400 ? MediaType.valueOf(Problem.MEDIA_TYPE) : MediaType.APPLICATION_JSON_TYPE;
        Response.ResponseBuilder builder = Response.status(replay.status()).header(ApiHeaders.IDEMPOTENT_REPLAYED, "true");
        if (replay.body() != null) {
            builder.entity(replay.body()).type(type);
        }
        if (replay.location() != null) {
            builder.header(HttpHeaders.LOCATION, replay.location());
        }
        if (replay.etag() != null) {
            builder.header(HttpHeaders.ETAG, replay.etag());
        }
        if (replay.omittedFields() != null) {
            builder.header(ApiHeaders.IDEMPOTENT_REPLAY_OMITTED, replay.omittedFields());
        }
        return builder.build();
    }

    private static Response problem(int status, String type, String title, String detail, ContainerRequestContext request) {
        return Problems.response(status, type, title, detail, "/" + request.getUriInfo().getPath().replaceFirst("^/", ""), null, Map.of());
    }
}
