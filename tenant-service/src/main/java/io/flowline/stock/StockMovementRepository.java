package io.flowline.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import jakarta.persistence.EntityManager;

/** The stock movements of the entity manager's tenant; purchasing's replenishment reads past issues as demand here. */
public final class StockMovementRepository {
    private final EntityManager em;

    private StockMovementRepository(EntityManager em) {
        this.em = em;
    }

    public static StockMovementRepository in(EntityManager em) {
        return new StockMovementRepository(em);
    }

    /** Stock issued: {@code quantity} is negative, as the movement books it. */
    public record Issue(String itemId, BigDecimal quantity, Instant at) {
    }

    /** The issue movements made from {@code from} (inclusive) to {@code to} (exclusive). */
    public List<Issue> issuedBetween(Instant from, Instant to) {
        return em.createNamedQuery("StockMovement.issuedBetween", Object[].class).setParameter("issue", MovementKind.ISSUE)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(row -> new Issue((String) row[0], (BigDecimal) row[1], (Instant) row[2])).toList();
    }

    Optional<StockMovement> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(StockMovement.class, id));
    }

    List<StockMovement> ofPosting(String postingId) {
        return em.createNamedQuery("StockMovement.ofPosting", StockMovement.class).setParameter("posting", postingId).getResultList();
    }

    List<StockMovement> issuedFor(String referenceType, String referenceId) {
        return em.createNamedQuery("StockMovement.issuedFor", StockMovement.class).setParameter("issue", MovementKind.ISSUE)
                .setParameter("type", referenceType).setParameter("id", referenceId).getResultList();
    }

    List<StockMovement> list(PageRequest page, String itemId, String warehouseId, String lotId, MovementKind kind, Instant from, Instant to) {
        return ListQuery.of(StockMovement.class, "m").filter("m.itemId = :item", "item", itemId)
                .filter("m.warehouseId = :warehouse", "warehouse", warehouseId).filter("m.lotId = :lot", "lot", lotId)
                .filter("m.kind = :kind", "kind", kind).filter("m.createdAt >= :from", "from", from)
                .filter("m.createdAt < :to", "to", to).list(em, page);
    }
}
