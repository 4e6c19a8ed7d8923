package io.flowline.stock;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Reservations of the entity manager's tenant with the balance rows each one holds stock on. */
final class ReservationRepository {
    private final EntityManager em;

    private ReservationRepository(EntityManager em) {
        this.em = em;
    }

    static ReservationRepository in(EntityManager em) {
        return new ReservationRepository(em);
    }

    Optional<Reservation> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Reservation.class, id));
    }

    /** The reservation, locked until the transaction ends. */
    Reservation lock(String id) {
        return em.find(Reservation.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    List<Reservation> list(PageRequest page, String itemId, String warehouseId, ReservationStatus status) {
        return ListQuery.of(Reservation.class, "r").filter("r.itemId = :item", "item", itemId)
                .filter("r.warehouseId = :warehouse", "warehouse", warehouseId).filter("r.status = :status", "status", status).list(em, page);
    }

    /** Open quantity per reference of the type and item, keyed {@code referenceId + "|" + itemId}. */
    Map<String, BigDecimal> openByReference(String referenceType) {
        Map<String, BigDecimal> reserved = new HashMap<>();
        em.createNamedQuery("Reservation.openByReference", Object[].class).setParameter("type", referenceType)
                .setParameter("open", ReservationStatus.OPEN).getResultList()
                .forEach(r -> reserved.put(r[0] + "|" + r[1], (BigDecimal) r[2]));
        return reserved;
    }

    /** The open reservations of these references of one type, by reference and then oldest first. */
    List<Reservation> openOf(String referenceType, java.util.Collection<String> referenceIds) {
        if (referenceIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Reservation.openOfReferences", Reservation.class).setParameter("type", referenceType)
                .setParameter("references", List.copyOf(referenceIds)).setParameter("open", ReservationStatus.OPEN).getResultList();
    }

    List<ReservationAllocation> allocations(String reservationId) {
        return em.createNamedQuery("ReservationAllocation.ofReservation", ReservationAllocation.class)
                .setParameter("reservation", reservationId).getResultList();
    }

    /** What the open reservations of one reference hold, per balance row id. */
    Map<String, BigDecimal> heldFor(String referenceType, String referenceId) {
        Map<String, BigDecimal> held = new java.util.HashMap<>();
        em.createNamedQuery("ReservationAllocation.heldForReference", Object[].class).setParameter("type", referenceType)
                .setParameter("reference", referenceId).setParameter("open", ReservationStatus.OPEN).getResultList()
                .forEach(row -> held.put((String) row[0], (BigDecimal) row[1]));
        return held;
    }
}
