package io.flowline.platform.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.mail.Mailer;
import io.flowline.platform.persistence.TransactionEntityManagers;
import io.flowline.platform.security.PasswordHasher;
import io.flowline.platform.security.PasswordPolicy;
import io.flowline.platform.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Password reset by an e-mailed single-use link. The request answers alike for known and unknown addresses. */
@ApplicationScoped
public class PasswordResets {
    @Inject
    TransactionEntityManagers joined;

    @Inject
    AccountTokens tokens;

    @Inject
    Mailer mailer;

    @Inject
    AuditLog audit;

    @Inject
    Sessions sessions;

    @Inject
    @ConfigProperty(name = "flowline.public-url")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "flowline.password-reset.minutes", defaultValue = "60")
    int validMinutes;

    /** E-mails a reset link if the address signs in as an active user; does nothing else, and says nothing, otherwise. */
    @Transactional
    public void request(String email) {
        String login = email.trim().toLowerCase(Locale.ROOT);
        EntityManager global = joined.global();
        Credential credential = global.find(Credential.class, login);
        if (credential == null || credential.kind() != Credential.Kind.USER) {
            return;
        }
        EntityManager em = joined.forTenant(credential.tenantId());
        User user = em.find(User.class, credential.subjectId());
        Tenant tenant = em.find(Tenant.class, credential.tenantId());
        if (user == null || tenant == null || user.status() != User.Status.ACTIVE) {
            return;
        }
        String token = tokens.issue(AccountToken.Purpose.PASSWORD_RESET, tenant.id(), user.id(), Duration.ofMinutes(validMinutes));
        mailer.queue(tenant.id(), user.email(), user.language(tenant.locale()), "password_reset", Map.of(
                "email", user.email(), "link", publicUrl + "/app/reset-password?token=" + token, "token", token,
                "minutes", Integer.toString(validMinutes)));
    }

    /**
     * Sets the new password with a code from {@link #request}, lifts a sign-in lock and ends the user's sessions: their
     * access tokens are refused from the next request on and their refresh tokens stop working.
     */
    @Transactional
    public User confirm(String token, String password) {
        PasswordPolicy.problem(password).ifPresent(p -> {
            throw new RuleBroken("password", p);
        });
        AccountToken used = tokens.redeem(AccountToken.Purpose.PASSWORD_RESET, token);
        EntityManager global = joined.global();
        EntityManager em = joined.forTenant(used.tenantId());
        User user = em.find(User.class, used.subjectId());
        Credential credential = user == null ? null : global.find(Credential.class, user.email());
        if (credential == null || user.status() != User.Status.ACTIVE) {
            throw new RuleBroken("token", "belongs to an account that is deactivated; ask your company's owner");
        }
        credential.changeSecret(PasswordHasher.hash(password));
        credential.succeeded();
        sessions.ended(used.tenantId(), user);
        audit.record(em, "user", user.id(), "user.password_reset", "user", user.id(), new Changes().field("password", null, "reset"));
        em.flush();
        global.flush();
        return user;
    }
}
