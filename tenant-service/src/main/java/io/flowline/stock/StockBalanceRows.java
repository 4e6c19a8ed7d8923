package io.flowline.stock;

import java.time.Instant;

import io.flowline.platform.ids.PublicIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Creates missing, empty balance rows, each in a transaction of its own, before the posting
 * transaction runs. The posting then only locks rows that exist, in ascending id order, and never
 * waits on someone else's insert while holding locks (which could deadlock).
 */
@ApplicationScoped
public class StockBalanceRows {
    public static final String PREFIX = "stb";

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String itemId, String warehouseId, String locationId, String lotId) {
        em.persist(new StockBalance(PublicIds.next(PREFIX), itemId, warehouseId, locationId, lotId, Instant.now()));
        em.flush();
    }
}
