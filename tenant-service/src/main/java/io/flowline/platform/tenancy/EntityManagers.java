package io.flowline.platform.tenancy;

import java.util.Map;
import java.util.function.Consumer;

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

    /**
     * Finds a tenant's object and changes it in the caller's transaction, outside any request (background jobs report
     * their progress so); nothing happens when it is gone.
     */
    public <T> void change(String tenantId, Class<T> type, String id, Consumer<T> change) {
        EntityManager em = forTenant(tenantId);
        try {
            em.joinTransaction();
            T found = em.find(type, id);
            if (found != null) {
                change.accept(found);
                em.flush();
            }
        } finally {
            em.close();
        }
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
