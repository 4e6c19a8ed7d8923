package io.flowline.stock;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import jakarta.persistence.EntityManager;

/** The lots of the entity manager's tenant; purchasing's receipts look a delivered lot up by its number here. */
public final class LotRepository {
    private final EntityManager em;

    private LotRepository(EntityManager em) {
        this.em = em;
    }

    public static LotRepository in(EntityManager em) {
        return new LotRepository(em);
    }

    public Optional<Lot> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Lot.class, id));
    }

    /** The item's lot with this number, if it has one (the number is unique per item). */
    public Optional<Lot> byNumber(String itemId, String number) {
        return em.createNamedQuery("Lot.byNumber", Lot.class).setParameter("item", itemId).setParameter("number", number)
                .getResultStream().findFirst();
    }

    Map<String, Lot> byId(Collection<String> ids) {
        Map<String, Lot> lots = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createNamedQuery("Lot.byIds", Lot.class).setParameter("ids", List.copyOf(ids)).getResultList().forEach(l -> lots.put(l.id(), l));
        }
        return lots;
    }

    /** Those of these lots that are not released (quarantined or blocked). */
    List<String> notReleased(List<String> ids) {
        return ids.isEmpty() ? List.of() : em.createNamedQuery("Lot.idsNotReleased", String.class).setParameter("ids", ids)
                .setParameter("released", LotStatus.RELEASED).getResultList();
    }

    List<Lot> list(PageRequest page, String itemId, LotStatus status) {
        return ListQuery.of(Lot.class, "l").filter("l.itemId = :item", "item", itemId).filter("l.status = :status", "status", status)
                .list(em, page);
    }

    void add(Lot lot) {
        em.persist(lot);
    }
}
