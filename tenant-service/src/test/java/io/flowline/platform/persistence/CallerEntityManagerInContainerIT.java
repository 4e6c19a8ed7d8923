package io.flowline.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.util.UUID;

import io.flowline.platform.tenancy.EntityManagers;
import io.flowline.platform.tenancy.TenantContext;
import io.flowline.stock.Warehouse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server (Arquillian deploys the built WAR with these classes to a Liberty of its own): a service's write
 * through its injected EntityManager, with no joinTransaction anywhere, commits with its {@code @Transactional} method,
 * is rolled back with it, and lands in the caller's tenant only. Each test is a request of its own, bound to a tenant by
 * {@link TenantContext#runAs} as work without a token is; what was committed is read back by a new entity manager.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("in-container") // run by the build's in-container executions only, against their Arquillian-started server
class CallerEntityManagerInContainerIT {
    private static final String ACTOR = "usr_in_container";

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "flowline-in-container.war")
                .importFrom(new File(System.getProperty("flowline.it.war", "target/flowline.war"))).as(WebArchive.class)
                .addClasses(CallerEntityManagerInContainerIT.class, WarehouseWrites.class);
    }

    @Inject
    TenantContext caller;

    @Inject
    WarehouseWrites writes;

    @Inject
    EntityManagers entityManagers;

    private final String tenant = "ten_" + unique();
    private final String otherTenant = "ten_" + unique();
    private final String code = "IC-" + unique().substring(0, 12);

    @Test
    void aWriteCommitsWithTheServicesTransaction() {
        caller.runAs(tenant, ACTOR, "user");
        Warehouse written = writes.add(code);
        Warehouse committed = committed(tenant, written.id());
        assertNotNull(committed, "the warehouse written in the transaction was committed");
        assertEquals(code, committed.code());
    }

    @Test
    void anExceptionRollsTheWriteBack() {
        caller.runAs(tenant, ACTOR, "user");
        // the row was flushed inside the transaction, so only the rollback keeps it out
        assertThrows(IllegalStateException.class, () -> writes.addThenFail(code));
        assertEquals(0, countWithCode(tenant), "nothing of the failed transaction was committed");
    }

    @Test
    void theWriteLandsInTheCallersTenantOnly() {
        caller.runAs(tenant, ACTOR, "user");
        Warehouse written = writes.add(code);
        assertNotNull(committed(tenant, written.id()), "the caller's tenant has the warehouse");
        assertEquals(1, countWithCode(tenant));
        assertNull(committed(otherTenant, written.id()), "another tenant does not find it by id");
        assertEquals(0, countWithCode(otherTenant), "nor by a query");
    }

    private Warehouse committed(String tenantId, String id) {
        EntityManager em = entityManagers.forTenant(tenantId);
        try {
            return em.find(Warehouse.class, id);
        } finally {
            em.close();
        }
    }

    private long countWithCode(String tenantId) {
        EntityManager em = entityManagers.forTenant(tenantId);
        try {
            return em.createQuery("SELECT COUNT(w) FROM Warehouse w WHERE w.code = :code", Long.class)
                    .setParameter("code", code).getSingleResult();
        } finally {
            em.close();
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
