package io.flowline.platform.persistence;

import java.time.Instant;

import io.flowline.platform.ids.PublicIds;
import io.flowline.stock.Warehouse;
import io.flowline.stock.WarehouseService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A service as every module writes one, deployed only with {@link CallerEntityManagerInContainerIT}: it writes through
 * the injected EntityManager in {@code @Transactional} methods and never joins the transaction itself.
 */
@ApplicationScoped
public class WarehouseWrites {
    @Inject
    EntityManager em;

    @Transactional
    public Warehouse add(String code) {
        Warehouse warehouse = new Warehouse(PublicIds.next(WarehouseService.PREFIX), code, "In-container test", null, Instant.now());
        em.persist(warehouse);
        em.flush();
        return warehouse;
    }

    /** Writes and flushes the warehouse, then fails: the transaction, and with it the row, is rolled back. */
    @Transactional
    public void addThenFail(String code) {
        add(code);
        throw new IllegalStateException("the service failed after writing");
    }
}
