package io.flowline.stock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** The stock counts of the entity manager's tenant with their lines. */
final class StockCountRepository {
    private final EntityManager em;

    private StockCountRepository(EntityManager em) {
        this.em = em;
    }

    static StockCountRepository in(EntityManager em) {
        return new StockCountRepository(em);
    }

    Optional<StockCount> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(StockCount.class, id));
    }

    /** The count, locked until the transaction ends. */
    StockCount lock(String id) {
        return em.find(StockCount.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    List<StockCount> list(PageRequest page, String warehouseId, StockCountStatus status) {
        return ListQuery.of(StockCount.class, "c").filter("c.warehouseId = :warehouse", "warehouse", warehouseId)
                .filter("c.status = :status", "status", status).list(em, page);
    }

    /** Per count: its id, how many lines it has and how many of them were counted. */
    Map<String, Object[]> tallies(List<String> countIds) {
        Map<String, Object[]> tallies = new HashMap<>();
        em.createNamedQuery("StockCountLine.tallies", Object[].class).setParameter("counts", countIds).getResultList()
                .forEach(row -> tallies.put((String) row[0], row));
        return tallies;
    }

    List<StockCountLine> lines(String countId) {
        return em.createNamedQuery("StockCountLine.ofCount", StockCountLine.class).setParameter("count", countId).getResultList();
    }

    List<StockCountLine> lines(String countId, PageRequest page) {
        return ListQuery.of(StockCountLine.class, "l").where("l.countId = :count", "count", countId).list(em, page);
    }

    /** Which open count of the warehouse holds each balance key. */
    Map<String, String> openCountsByKey(String warehouseId) {
        Map<String, String> counting = new HashMap<>();
        em.createNamedQuery("StockCountLine.openInWarehouse", Object[].class).setParameter("open", StockCountStatus.OPEN)
                .setParameter("warehouse", warehouseId).getResultList().forEach(row -> counting.put((String) row[0], (String) row[1]));
        return counting;
    }
}
