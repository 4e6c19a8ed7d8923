package io.flowline.catalog;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

/** The item catalog over JPA; IN lists are read in chunks, as a catalog has thousands of items. */
record JpaItemCatalog(EntityManager em) implements ItemCatalog {

    @Override
    public Optional<Item> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Item.class, id));
    }

    @Override
    public void lock(String id) {
        em.find(Item.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Map<String, Item> byId(Collection<String> ids) {
        Map<String, Item> items = new HashMap<>();
        BomLines.chunked(ids, chunk -> em.createQuery("SELECT i FROM Item i WHERE i.id IN :ids", Item.class).setParameter("ids", chunk)
                .getResultList()).forEach(i -> items.put(i.id(), i));
        return items;
    }

    @Override
    public Map<String, String> codes(Collection<String> ids) {
        Map<String, String> codes = new HashMap<>();
        byId(ids).forEach((id, item) -> codes.put(id, item.code()));
        return codes;
    }

    @Override
    public List<PlannedItem> planned() {
        return em.createQuery("SELECT i.id, i.code, i.makeOrBuy, i.leadTimeDays, i.lotSizingRule, i.fixedOrderQuantity, i.orderPeriods,"
                        + " i.minimumOrderQuantity, i.orderMultiple, i.safetyStock, i.standardCostAmount, i.holdingCostRate, i.orderingCostAmount"
                        + " FROM Item i WHERE i.kind <> :service ORDER BY i.id", Object[].class).setParameter("service", ItemKind.SERVICE)
                .getResultList().stream().map(row -> new PlannedItem((String) row[0], (String) row[1], (MakeOrBuy) row[2], (Integer) row[3],
                        (ItemLotSizingRule) row[4], (BigDecimal) row[5], (Integer) row[6], (BigDecimal) row[7], (BigDecimal) row[8],
                        (BigDecimal) row[9], (BigDecimal) row[10], (BigDecimal) row[11], (BigDecimal) row[12])).toList();
    }

    @Override
    public Map<String, String> idsByCode() {
        Map<String, String> ids = new HashMap<>();
        em.createQuery("SELECT i.code, i.id FROM Item i", Object[].class).getResultList().forEach(r -> ids.put((String) r[0], (String) r[1]));
        return ids;
    }

    @Override
    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(i) FROM Item i", Long.class).getSingleResult() == 0;
    }

    @Override
    public List<Item> allByCode() {
        return em.createQuery("SELECT i FROM Item i ORDER BY i.code", Item.class).getResultList();
    }

    @Override
    public List<Item> activeGoods(String itemId) {
        TypedQuery<Item> query = em.createQuery("SELECT i FROM Item i WHERE i.status = :active AND i.kind <> :service"
                        + (itemId != null ? " AND i.id = :item" : "") + " ORDER BY i.id", Item.class)
                .setParameter("active", CatalogStatus.ACTIVE).setParameter("service", ItemKind.SERVICE);
        if (itemId != null) {
            query.setParameter("item", itemId);
        }
        return query.getResultList();
    }
}
