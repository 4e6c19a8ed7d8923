package io.flowline.platform.persistence;

import java.util.Map;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Entity managers that are already joined to the caller's JTA transaction: one per tenant (and one for the global tables)
 * per transaction, shared by every service the transaction passes through and closed when it ends. A write through one can
 * therefore not be lost to a forgotten {@code joinTransaction}, and callers neither join nor close it.
 */
@ApplicationScoped
public class TransactionEntityManagers {
    private static final String KEY = TransactionEntityManagers.class.getName() + ":";
    private static final String GLOBAL = "";

    @PersistenceUnit(unitName = "flowline")
    EntityManagerFactory factory;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /** The tenant's entity manager in the current transaction; there must be one (a {@code @Transactional} method). */
    public EntityManager forTenant(String tenantId) {
        return joined(java.util.Objects.requireNonNull(tenantId));
    }

    /** For tables that are not tenant-owned (credentials, refresh tokens, account tokens), in the current transaction. */
    public EntityManager global() {
        return joined(GLOBAL);
    }

    private EntityManager joined(String tenantId) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("an entity manager joined to a transaction needs an active one: call from a @Transactional method");
        }
        String key = KEY + tenantId;
        EntityManager existing = (EntityManager) transactions.getResource(key);
        if (existing != null) {
            return existing;
        }
        EntityManager created = tenantId.equals(GLOBAL) ? factory.createEntityManager()
                : factory.createEntityManager(Map.of(TenantOwned.TENANT_PROPERTY, tenantId));
        created.joinTransaction();
        transactions.putResource(key, created);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (created.isOpen()) {
                    created.close();
                }
            }
        });
        return created;
    }
}
