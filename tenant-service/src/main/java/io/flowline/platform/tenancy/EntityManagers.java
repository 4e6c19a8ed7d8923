package io.flowline.platform.tenancy;

import java.util.Map;
import java.util.function.Consumer;

import io.flowline.platform.persistence.CallerEntityManager;
import io.flowline.platform.persistence.TransactionEntityManagers;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Entity managers bound to a tenant. Injected ones belong to the caller's tenant for the request and join the transaction
 * they are used in; sign-up and sign-in, which run before a token exists, and background jobs ask for one explicitly:
 * here to read outside a transaction, from {@link TransactionEntityManagers} to write inside one.
 */
@ApplicationScoped
public class EntityManagers {
    @PersistenceUnit(unitName = "flowline")
    EntityManagerFactory factory;

    @Inject
    TenantContext tenantContext;

    @Inject
    TransactionEntityManagers joined;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    public EntityManager forTenant(String tenantId) {
        return factory.createEntityManager(Map.of(TenantOwned.TENANT_PROPERTY, tenantId));
    }

    /**
     * Finds a tenant's object and changes it in the caller's transaction, outside any request (background jobs report
     * their progress so); nothing happens when it is gone.
     */
    public <T> void change(String tenantId, Class<T> type, String id, Consumer<T> change) {
        EntityManager em = joined.forTenant(tenantId);
        T found = em.find(type, id);
        if (found != null) {
            change.accept(found);
            em.flush();
        }
    }

    /** For tables that are not tenant-owned (tenants, credentials, refresh tokens, idempotency records). */
    public EntityManager global() {
        return factory.createEntityManager();
    }

    @Produces
    @RequestScoped
    EntityManager forCaller() {
        return new CallerEntityManager(forTenant(tenantContext.tenantId()), transactions);
    }

    void close(@Disposes EntityManager entityManager) {
        if (entityManager.isOpen()) {
            entityManager.close();
        }
    }
}
