package io.flowline.platform.tenancy;

import java.time.Instant;
import java.util.Locale;

import io.flowline.api.tenancy.SignupRequest;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.identity.Credential;
import io.flowline.platform.identity.User;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.persistence.DuplicateKey;
import io.flowline.platform.problem.ApiProblem;
import io.flowline.platform.security.PasswordHasher;
import io.flowline.platform.security.PasswordPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/** Creates a company and its owner in one transaction. */
@ApplicationScoped
public class SignupService {
    public static final String TENANT_PREFIX = "ten";

    @Inject
    EntityManagers entityManagers;

    @Inject
    AuditLog audit;

    public record Result(Tenant tenant, User owner) {
    }

    @Transactional
    public Result signUp(SignupRequest request) {
        PasswordPolicy.problem(request.password()).ifPresent(p -> {
            throw new ApiProblem.Invalid("password", p);
        });
        CountryDefaults defaults = CountryDefaults.forCountry(request.country())
                .orElseThrow(() -> new ApiProblem.Invalid("country", "is not an ISO 3166-1 alpha-2 country code"));
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        Instant now = Instant.now();
        String tenantId = PublicIds.next(TENANT_PREFIX);
        String plan = request.plan() == null ? "starter" : request.plan();

        EntityManager em = entityManagers.forTenant(tenantId);
        try {
            em.joinTransaction();
            if (em.find(Credential.class, email) != null) {
                throw emailTaken();
            }
            Tenant tenant = new Tenant(tenantId, request.company().trim(), request.country(), defaults, plan, now);
            User owner = User.owner(PublicIds.next("usr"), email, now);
            em.persist(tenant);
            em.persist(owner);
            em.persist(new Credential(email, Credential.Kind.USER, tenantId, owner.id(), PasswordHasher.hash(request.password())));
            audit.record(em, "user", owner.id(), "tenant.created", "tenant", tenantId,
                    new Changes().field("name", null, tenant.name()).field("country", null, tenant.country()).field("plan", null, plan));
            em.flush();
            return new Result(tenant, owner);
        } catch (PersistenceException e) {
            if (DuplicateKey.causedBy(e)) {
                throw emailTaken(); // the credential's key is the e-mail: a concurrent sign-up with it lost the race
            }
            throw e;
        } finally {
            em.close();
        }
    }

    private static ApiProblem emailTaken() {
        return new ApiProblem.Conflict("email-taken", "This e-mail already signs in to Flowline; sign in or use another e-mail.");
    }
}
