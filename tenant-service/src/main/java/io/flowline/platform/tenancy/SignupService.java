package io.flowline.platform.tenancy;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.identity.Credential;
import io.flowline.platform.identity.User;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.mail.Mailer;
import io.flowline.platform.persistence.DuplicateKey;
import io.flowline.platform.persistence.TransactionEntityManagers;
import io.flowline.platform.security.PasswordHasher;
import io.flowline.platform.security.PasswordPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates a company and its owner in one transaction and e-mails the owner a verification link. For an address that
 * already signs in, nothing is created and its owner gets a notice: the caller sees the same either way.
 */
@ApplicationScoped
public class SignupService {
    public static final String TENANT_PREFIX = "ten";

    @Inject
    EntityManagers entityManagers;

    @Inject
    TransactionEntityManagers joined;

    @Inject
    AuditLog audit;

    @Inject
    EmailVerifications verifications;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "flowline.public-url")
    String publicUrl;

    public record Result(Tenant tenant, User owner) {
    }

    /** A concurrent sign-up with the same e-mail won: the caller answers as for any known address. */
    public static class AlreadyRegistered extends RuntimeException {
        AlreadyRegistered() {
            super(null, null, false, false);
        }
    }

    /** Returns whether a company was created; callers must not tell the requester (see {@link SignupPace}). */
    @Transactional
    public boolean signUp(CompanySignup request) {
        CountryDefaults defaults = validated(request);
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        Credential existing = joined.global().find(Credential.class, email);
        if (existing != null) {
            PasswordHasher.burnEquivalentTime(request.password()); // as long as hashing a new owner's password takes
            tellTheOwner(existing);
            return false;
        }
        Result created = create(request, defaults, null);
        verifications.send(created.tenant(), created.owner());
        return true;
    }

    /** A company whose address needs no verification e-mail (the demo company). */
    @Transactional
    public Result signUpVerified(CompanySignup request) {
        return create(request, validated(request), Instant.now());
    }

    private static CountryDefaults validated(CompanySignup request) {
        PasswordPolicy.problem(request.password()).ifPresent(p -> {
            throw new RuleBroken("password", p);
        });
        return CountryDefaults.forCountry(request.country())
                .orElseThrow(() -> new RuleBroken("country", "is not an ISO 3166-1 alpha-2 country code"));
    }

    private Result create(CompanySignup request, CountryDefaults defaults, Instant verifiedAt) {
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        Instant now = Instant.now();
        String tenantId = PublicIds.next(TENANT_PREFIX);
        String plan = request.plan() == null ? "starter" : request.plan();

        EntityManager em = joined.forTenant(tenantId);
        try {
            if (em.find(Credential.class, email) != null) {
                throw new AlreadyRegistered();
            }
            Tenant tenant = new Tenant(tenantId, request.company().trim(), request.country(), defaults, plan, now);
            if (verifiedAt != null) {
                tenant.emailVerified(verifiedAt);
            }
            User owner = User.owner(PublicIds.next("usr"), email, request.language(), now);
            em.persist(tenant);
            em.persist(owner);
            em.persist(new Credential(email, Credential.Kind.USER, tenantId, owner.id(), PasswordHasher.hash(request.password())));
            audit.record(em, "user", owner.id(), "tenant.created", "tenant", tenantId,
                    new Changes().field("name", null, tenant.name()).field("country", null, tenant.country()).field("plan", null, plan));
            em.flush();
            return new Result(tenant, owner);
        } catch (PersistenceException e) {
            if (DuplicateKey.causedBy(e)) {
                throw new AlreadyRegistered(); // the credential's key is the e-mail: a concurrent sign-up with it won the race
            }
            throw e;
        }
    }

    /** Someone tried to sign up with an address that signs in already: its owner hears of it, the caller does not. */
    private void tellTheOwner(Credential existing) {
        try (EntityManager em = entityManagers.forTenant(existing.tenantId())) {
            User user = em.find(User.class, existing.subjectId());
            Tenant tenant = em.find(Tenant.class, existing.tenantId());
            if (user == null || tenant == null) {
                return;
            }
            mailer.queue(tenant.id(), user.email(), user.language(tenant.locale()), "already_registered",
                    Map.of("email", user.email(), "link", publicUrl + "/app/reset-password"));
        }
    }
}
