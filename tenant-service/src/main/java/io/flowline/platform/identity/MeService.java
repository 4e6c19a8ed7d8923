package io.flowline.platform.identity;

import io.flowline.platform.failure.NotFound;
import io.flowline.platform.tenancy.Tenant;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The caller as their token names them: a user or an API client, and their company. */
@ApplicationScoped
public class MeService {
    @Inject
    EntityManager em;

    @Inject
    TenantContext caller;

    /** Exactly one of user and client is set. */
    public record Caller(Tenant tenant, User user, ApiClient client) {
    }

    public Caller me() {
        Tenant tenant = em.find(Tenant.class, caller.tenantId());
        if (tenant == null) {
            throw new NotFound("tenant", caller.tenantId());
        }
        if ("api_client".equals(caller.actorType())) {
            ApiClient client = em.find(ApiClient.class, caller.actorId());
            if (client == null) {
                throw new NotFound("api_client", caller.actorId());
            }
            return new Caller(tenant, null, client);
        }
        User user = em.find(User.class, caller.actorId());
        if (user == null) {
            throw new NotFound("user", caller.actorId());
        }
        return new Caller(tenant, user, null);
    }
}
