package io.flowline.platform.tenancy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.NotPermitted;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.identity.AccountToken;
import io.flowline.platform.identity.AccountTokens;
import io.flowline.platform.identity.User;
import io.flowline.platform.mail.Mailer;
import io.flowline.platform.persistence.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A company's e-mail verification: the link e-mailed to the owner at sign-up, and what an unverified company may not do. */
@ApplicationScoped
public class EmailVerifications {
    static final Duration VALIDITY = Duration.ofDays(7);

    @Inject
    TransactionEntityManagers joined;

    @Inject
    AccountTokens tokens;

    @Inject
    Mailer mailer;

    @Inject
    AuditLog audit;

    @Inject
    TenantContext caller;

    @Inject
    @ConfigProperty(name = "flowline.public-url")
    String publicUrl;

    public record Verified(String email, Instant at) {
    }

    /** Queues the verification e-mail to the owner in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Tenant tenant, User owner) {
        String token = tokens.issue(AccountToken.Purpose.EMAIL_VERIFICATION, tenant.id(), owner.id(), VALIDITY);
        mailer.queue(tenant.id(), owner.email(), owner.language(tenant.locale()), "verification", Map.of(
                "company", tenant.name(), "link", publicUrl + "/app/verify-email?token=" + token, "token", token,
                "days", Long.toString(VALIDITY.toDays())));
    }

    @Transactional
    public Verified verify(String token) {
        AccountToken used = tokens.redeem(AccountToken.Purpose.EMAIL_VERIFICATION, token);
        EntityManager em = joined.forTenant(used.tenantId());
        Tenant tenant = em.find(Tenant.class, used.tenantId());
        User owner = em.find(User.class, used.subjectId());
        if (tenant == null || owner == null) {
            throw new RuleBroken("token", "is unknown, already used or expired; ask for a new e-mail");
        }
        if (!tenant.emailVerified()) {
            tenant.emailVerified(Instant.now());
            audit.record(em, "user", owner.id(), "tenant.email_verified", "tenant", tenant.id(), new Changes().field("email_verified", "false", "true"));
            em.flush();
        }
        return new Verified(owner.email(), tenant.emailVerifiedAt());
    }

    /** The owner asks for another verification e-mail. */
    @Transactional
    public String resend() {
        EntityManager em = joined.forTenant(caller.tenantId());
        Tenant tenant = em.find(Tenant.class, caller.tenantId());
        if (tenant.emailVerified()) {
            throw new Conflict("already-verified", "Your company's e-mail address is already verified.");
        }
        User owner = "user".equals(caller.actorType()) ? em.find(User.class, caller.actorId()) : null;
        if (owner == null) {
            throw new NotPermitted("Only the company's owner can ask for the verification e-mail.");
        }
        send(tenant, owner);
        return owner.email();
    }

    /** Inviting users and creating API clients wait for a verified address, so an unverified sign-up cannot spread. */
    public void requireVerified(EntityManager em) {
        Tenant tenant = em.find(Tenant.class, caller.tenantId());
        if (tenant == null || !tenant.emailVerified()) {
            throw new NotPermitted("email-not-verified", "E-mail not verified",
                    "Verify your company's e-mail address first: open the link in the e-mail sent to the owner at sign-up. "
                            + "The owner can have it sent again with POST /api/v1/auth/verify-email/resend.");
        }
    }
}
