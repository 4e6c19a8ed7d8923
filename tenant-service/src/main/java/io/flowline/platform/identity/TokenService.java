package io.flowline.platform.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

import io.flowline.platform.persistence.TransactionEntityManagers;
import io.flowline.platform.failure.Failure;
import io.flowline.platform.failure.GrantRefused;
import io.flowline.platform.security.PasswordHasher;
import io.flowline.platform.security.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OAuth 2.0 token endpoint's grants. Failed attempts are committed even though the request fails,
 * which is what makes the throttle and the lock hold. Concurrent requests for one login or one refresh token queue
 * on row locks instead of clashing on versions: every failure counts, and one refresh token is redeemed once.
 */
@ApplicationScoped
public class TokenService {
    static final String REFRESH_PREFIX = "rt";

    @Inject
    TransactionEntityManagers joined;

    @Inject
    TokenIssuer issuer;

    @Inject
    @ConfigProperty(name = "flowline.jwt.refresh-token-days", defaultValue = "30")
    int refreshTokenDays;

    @Inject
    @ConfigProperty(name = "flowline.login.free-attempts", defaultValue = "5")
    int freeAttempts;

    @Inject
    @ConfigProperty(name = "flowline.login.lock-after", defaultValue = "10")
    int lockAfter;

    @Inject
    @ConfigProperty(name = "flowline.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    public record ClientAuthentication(String clientId, String clientSecret) {
        /** Client credentials from HTTP Basic (preferred by RFC 6749 §2.3.1) or else the form. */
        public static ClientAuthentication of(String authorization, String formId, String formSecret) {
            if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                try {
                    String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                    int colon = decoded.indexOf(':');
                    if (colon > 0) {
                        return new ClientAuthentication(decoded.substring(0, colon), decoded.substring(colon + 1));
                    }
                } catch (IllegalArgumentException e) {
                    // fall through: malformed Basic is an invalid client
                }
                throw new GrantRefused("invalid_client", "The Basic authorization header is malformed.");
            }
            return new ClientAuthentication(formId, formSecret);
        }
    }

    @Transactional(dontRollbackOn = Failure.class)
    public IssuedTokens password(String username, String password) {
        if (blank(username) || blank(password)) {
            throw new GrantRefused("invalid_request", "The password grant needs username and password.");
        }
        EntityManager global = joined.global();
        Credential credential = global.find(Credential.class, username.trim().toLowerCase(Locale.ROOT));
        if (credential == null || credential.kind() != Credential.Kind.USER) {
            PasswordHasher.burnEquivalentTime(password);
            throw badPassword();
        }
        checkSecret(global, credential, password, badPassword());
        EntityManager em = joined.forTenant(credential.tenantId());
        User user = em.find(User.class, credential.subjectId(), LockModeType.PESSIMISTIC_WRITE);
        if (user == null || user.status() != User.Status.ACTIVE) {
            throw new GrantRefused("invalid_grant", "This account is deactivated; ask your company's owner.");
        }
        user.signedIn(Instant.now());
        return tokensFor(global, credential.tenantId(), user);
    }

    @Transactional(dontRollbackOn = Failure.class)
    public IssuedTokens clientCredentials(ClientAuthentication client) {
        if (blank(client.clientId()) || blank(client.clientSecret())) {
            throw new GrantRefused("invalid_client", "The client_credentials grant needs client_id and client_secret.");
        }
        EntityManager global = joined.global();
        Credential credential = global.find(Credential.class, client.clientId());
        GrantRefused invalid = new GrantRefused("invalid_client", "Unknown client or wrong secret.");
        if (credential == null || credential.kind() != Credential.Kind.API_CLIENT) {
            PasswordHasher.burnEquivalentTime(client.clientSecret());
            throw invalid;
        }
        checkSecret(global, credential, client.clientSecret(), invalid);
        EntityManager em = joined.forTenant(credential.tenantId());
        ApiClient apiClient = em.find(ApiClient.class, credential.subjectId(), LockModeType.PESSIMISTIC_WRITE);
        if (apiClient == null || apiClient.status() != ApiClient.Status.ACTIVE) {
            throw invalid;
        }
        apiClient.used(Instant.now());
        TokenIssuer.AccessToken access = issuer.issue(credential.tenantId(), apiClient.id(), "api_client", apiClient.id(),
                apiClient.role().apiName(), apiClient.tokenVersion());
        return new IssuedTokens(access.token(), access.expiresInSeconds(), null, apiClient.role().apiName());
    }

    @Transactional
    public IssuedTokens refresh(String refreshToken) {
        if (blank(refreshToken)) {
            throw new GrantRefused("invalid_request", "The refresh_token grant needs refresh_token.");
        }
        EntityManager global = joined.global();
        String hash = PasswordHasher.sha256(refreshToken);
        RefreshToken stored = global.find(RefreshToken.class, hash);
        Instant now = Instant.now();
        // Redeemed by a conditional UPDATE, where comparing versions would fail concurrent requests with a 500.
        boolean redeemed = stored != null && stored.usableAt(now) && RefreshTokenRepository.in(global).redeem(hash, now);
        if (!redeemed) {
            throw new GrantRefused("invalid_grant", "The refresh token is unknown, used or expired; sign in again.");
        }
        EntityManager em = joined.forTenant(stored.tenantId());
        User user = em.find(User.class, stored.subjectId());
        if (user == null || user.status() != User.Status.ACTIVE) {
            throw new GrantRefused("invalid_grant", "This account is deactivated; ask your company's owner.");
        }
        return tokensFor(global, stored.tenantId(), user);
    }

    private IssuedTokens tokensFor(EntityManager global, String tenantId, User user) {
        TokenIssuer.AccessToken access = issuer.issue(tenantId, user.id(), "user", user.email(), user.role().apiName(), user.tokenVersion());
        String refresh = PasswordHasher.randomSecret(REFRESH_PREFIX);
        global.persist(new RefreshToken(PasswordHasher.sha256(refresh), tenantId, user.id(), Instant.now().plus(Duration.ofDays(refreshTokenDays))));
        return new IssuedTokens(access.token(), access.expiresInSeconds(), refresh, user.role().apiName());
    }

    /** Throttles, verifies and counts: a wrong secret is recorded before the refusal is thrown. */
    private void checkSecret(EntityManager global, Credential credential, String secret, GrantRefused refusal) {
        LoginThrottle throttle = new LoginThrottle(freeAttempts, lockAfter, Duration.ofMinutes(lockMinutes));
        Instant now = Instant.now();
        Duration wait = credential.waitBeforeNextAttempt(now, throttle);
        if (!wait.isZero() && !credential.lockedAt(now)) {
            // A try while the login must wait is a failure too, so a burst of concurrent tries still reaches the lock.
            lockAndReread(global, credential, refusal);
            if (!credential.lockedAt(now)) {
                credential.failed(now, throttle);
            }
            wait = credential.waitBeforeNextAttempt(now, throttle);
        }
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw GrantRefused.slowDown(seconds);
        }
        if (!PasswordHasher.verify(secret, credential.secretHash())) {
            lockAndReread(global, credential, refusal);
            credential.failed(now, throttle);
            throw refusal;
        }
        if (credential.failedAttempts() > 0) {
            lockAndReread(global, credential, refusal);
            credential.succeeded();
        }
    }

    /**
     * Counts on the row as it is now, holding its lock to the commit: concurrent attempts on one login queue here
     * (briefly: the slow hash check is already done) rather than overwrite each other's count.
     */
    private static void lockAndReread(EntityManager global, Credential credential, GrantRefused refusal) {
        try {
            global.refresh(credential, LockModeType.PESSIMISTIC_WRITE);
        } catch (EntityNotFoundException removed) { // an API client revoked meanwhile
            throw refusal;
        }
    }

    private static GrantRefused badPassword() {
        return new GrantRefused("invalid_grant", "Wrong e-mail or password.");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
