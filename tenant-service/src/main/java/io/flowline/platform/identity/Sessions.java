package io.flowline.platform.identity;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.flowline.platform.persistence.TransactionEntityManagers;
import io.flowline.platform.tenancy.EntityManagers;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether an access token still speaks for its principal, and the way to take that back.
 *
 * <p>A token carries its principal's token version (claim {@code ver}). Every request compares it with the principal's
 * current version, status and role, read from a small in-memory cache, so the common case costs no database round trip.
 * A change on this replica empties the principal's entry when its transaction ends, so the next request here reads the
 * change; other replicas see it when their entry expires ({@code flowline.sessions.cache-ttl-ms}).
 */
@ApplicationScoped
public class Sessions {
    /** Entries are few (one per principal active within the TTL); past this many, expired ones are swept out. */
    private static final int SWEEP_ABOVE = 10_000;

    /** What a request needs to know about the principal behind its token. */
    public record Principal(boolean active, String role, long tokenVersion) {
        static final Principal GONE = new Principal(false, null, Long.MAX_VALUE);
    }

    private record Key(String tenantId, String subjectId) {
    }

    private record Cached(Principal principal, long expiresAtNanos) {
    }

    private final ConcurrentHashMap<Key, Cached> cache = new ConcurrentHashMap<>();
    /** Counts invalidations, so that a state read before a change is never cached after the change's invalidation. */
    private final AtomicLong invalidations = new AtomicLong();

    @Inject
    EntityManagers entityManagers;

    @Inject
    TransactionEntityManagers joined;

    @Inject
    @ConfigProperty(name = "flowline.sessions.cache-ttl-ms", defaultValue = "5000")
    long ttlMillis;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /** The principal as it is now (within the TTL when it changed on another replica). */
    public Principal current(String tenantId, String actorType, String subjectId) {
        Key key = new Key(tenantId, subjectId);
        long now = System.nanoTime();
        Cached cached = cache.get(key);
        if (cached != null && cached.expiresAtNanos() - now > 0) {
            return cached.principal();
        }
        long seen = invalidations.get();
        Principal principal = load(tenantId, actorType, subjectId);
        if (ttlMillis > 0) {
            if (cache.size() > SWEEP_ABOVE) {
                cache.values().removeIf(c -> c.expiresAtNanos() - now <= 0);
            }
            Cached fresh = new Cached(principal, now + TimeUnit.MILLISECONDS.toNanos(ttlMillis));
            // Checked under the entry's lock, which invalidate's remove also takes: no stale state outlives a change.
            cache.compute(key, (k, old) -> invalidations.get() == seen ? fresh : old);
        }
        return principal;
    }

    /**
     * Signs a user out everywhere: every access token issued so far is refused from the next request on, and every
     * refresh token is gone. Runs in the caller's transaction or its own, through the transaction's entity manager, so
     * it sees and changes the same user as the rest of that transaction.
     */
    @Transactional
    public void revokeAll(String tenantId, String userId) {
        EntityManager em = joined.forTenant(tenantId);
        User user = em.find(User.class, userId);
        if (user != null) {
            ended(tenantId, user);
            em.flush();
        }
    }

    /** Logout: the caller's own access tokens (all of them, on every device) and refresh tokens stop working. */
    @Transactional
    public void signOut(String tenantId, String actorType, String subjectId) {
        if ("api_client".equals(actorType)) {
            EntityManager em = joined.forTenant(tenantId);
            ApiClient client = em.find(ApiClient.class, subjectId);
            if (client != null) {
                ended(tenantId, client);
                em.flush();
            }
        } else {
            revokeAll(tenantId, subjectId);
        }
    }

    /** Ends the sessions of a user the caller's transaction holds. */
    void ended(String tenantId, User user) {
        user.endSessions();
        deleteRefreshTokens(tenantId, user.id());
        changed(tenantId, user.id());
    }

    /** Ends the access tokens of an API client the caller's transaction holds (clients have no refresh tokens). */
    void ended(String tenantId, ApiClient client) {
        client.endSessions();
        changed(tenantId, client.id());
    }

    /** A principal's status or role changed in the current transaction: forget what was cached once it ends. */
    void changed(String tenantId, String subjectId) {
        Key key = new Key(tenantId, subjectId);
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            invalidate(key);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                invalidate(key);
            }
        });
    }

    private void invalidate(Key key) {
        invalidations.incrementAndGet();
        cache.remove(key);
    }

    private void deleteRefreshTokens(String tenantId, String subjectId) {
        RefreshTokenRepository.in(joined.global()).deleteOfSubject(tenantId, subjectId);
    }

    private Principal load(String tenantId, String actorType, String subjectId) {
        try (EntityManager em = entityManagers.forTenant(tenantId)) {
            if ("user".equals(actorType)) {
                User user = em.find(User.class, subjectId);
                return user == null ? Principal.GONE
                        : new Principal(user.status() == User.Status.ACTIVE, user.role().apiName(), user.tokenVersion());
            }
            if ("api_client".equals(actorType)) {
                ApiClient client = em.find(ApiClient.class, subjectId);
                return client == null ? Principal.GONE
                        : new Principal(client.status() == ApiClient.Status.ACTIVE, client.role().apiName(), client.tokenVersion());
            }
            return Principal.GONE;
        }
    }
}
