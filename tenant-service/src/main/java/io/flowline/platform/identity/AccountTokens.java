package io.flowline.platform.identity;

import java.time.Duration;
import java.time.Instant;

import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.persistence.TransactionEntityManagers;
import io.flowline.platform.security.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

/** Issues and redeems the single-use codes that e-mails carry. Only their hashes are stored. */
@ApplicationScoped
public class AccountTokens {
    @Inject
    TransactionEntityManagers joined;

    /** A new code for the subject, valid for the given time, stored in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(AccountToken.Purpose purpose, String tenantId, String subjectId, Duration validity) {
        String token = PasswordHasher.randomSecret(purpose == AccountToken.Purpose.EMAIL_VERIFICATION ? "evt" : "prt");
        Instant now = Instant.now();
        EntityManager global = joined.global();
        global.persist(new AccountToken(PasswordHasher.sha256(token), purpose, tenantId, subjectId, now.plus(validity), now));
        global.flush();
        return token;
    }

    /**
     * Uses a code up in the caller's transaction. Two requests with one code: the second waits for the first's row and
     * then finds it used, or fails on the version; either way it is the 400 an unknown code gets, never a 500.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AccountToken redeem(AccountToken.Purpose purpose, String token) {
        Instant now = Instant.now();
        EntityManager global = joined.global();
        try {
            AccountToken stored = token == null ? null : global.find(AccountToken.class, PasswordHasher.sha256(token));
            if (stored == null || !stored.usableFor(purpose, now)) {
                throw invalid();
            }
            stored.use(now);
            global.flush();
            return stored;
        } catch (OptimisticLockException e) {
            throw invalid();
        }
    }

    private static RuleBroken invalid() {
        return new RuleBroken("token", "is unknown, already used or expired; ask for a new e-mail");
    }
}
