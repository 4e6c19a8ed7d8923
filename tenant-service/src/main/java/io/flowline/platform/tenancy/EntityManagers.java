package io.flowline.platform.tenancy;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/**
 * Entity managers bound to a tenant. Injected ones belong to the caller's tenant for the request;
 * sign-up and sign-in, which run before a token exists, ask for one explicitly.
 */
@ApplicationScoped
public class EntityManagers {
    @PersistenceUnit(unitName = "flowline")
    EntityManagerFactory factory;

    @Inject
    TenantContext tenantContext;

    public EntityManager forTenant(String tenantId) {
        return factory.createEntityManager(Map.of(TenantOwned.TENANT_PROPERTY, tenantId));
    }

    /** For tables that are not tenant-owned (tenants, credentials, refresh tokens, idempotency records). */
    public EntityManager global() {
        return factory.createEntityManager();
    }

    @Produces
    @RequestScoped
    EntityManager forCaller() {
        return forTenant(tenantContext.tenantId());
    }

    void close(@Disposes EntityManager entityManager) {
        if (entityManager.isOpen()) {
            entityManager.close();
        }
    }
}
