package io.flowline.platform.identity;

import java.time.Instant;

import jakarta.persistence.EntityManager;

/** Refresh tokens of every tenant, in the global tables: read and written through the global entity manager given. */
public record RefreshTokenRepository(EntityManager global) {

    public static RefreshTokenRepository in(EntityManager global) {
        return new RefreshTokenRepository(global);
    }

    public void deleteOfSubject(String tenantId, String subjectId) {
        global.createNamedQuery("RefreshToken.deleteOfSubject").setParameter("tenant", tenantId).setParameter("subject", subjectId)
                .executeUpdate();
    }

    /**
     * Marks the token used if it is unused and unexpired, true if this call did: one conditional UPDATE, so of concurrent
     * redeemers the first takes the row lock and wins and the others find it used.
     */
    public boolean redeem(String tokenHash, Instant now) {
        return global.createNamedQuery("RefreshToken.redeem").setParameter("now", now).setParameter("hash", tokenHash).executeUpdate() > 0;
    }
}
