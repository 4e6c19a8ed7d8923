package io.flowline.catalog;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

/**
 * The items of the entity manager's tenant; other modules see it as the {@link ItemCatalog} it is. IN lists are read in
 * chunks, as a catalog has thousands of items.
 */
final class ItemRepository implements ItemCatalog {
    private final EntityManager em;

    private ItemRepository(EntityManager em) {
        this.em = em;
    }

    /** The items seen through {@code em}: that entity manager's tenant and persistence context. */
    static ItemRepository in(EntityManager em) {
        return new ItemRepository(em);
    }

    /** A page of items, of one kind and status when given, whose code or name contains {@code text} when given. */
    List<Item> list(PageRequest page, ItemKind kind, CatalogStatus status, String text) {
        return ListQuery.of(Item.class, "i").filter("i.kind = :kind", "kind", kind).filter("i.status = :status", "status", status)
                .whereContains(text, "i.code", "i.name").list(em, page);
    }

    void save(Item item) {
        em.persist(item);
    }

    /** The item that has this code, if any: codes are unique in a company. */
    Optional<Item> withCode(String code) {
        return em.createNamedQuery("Item.byCode", Item.class).setParameter("code", code).getResultList().stream().findFirst();
    }

    /** Every item, archived ones too. */
    long count() {
        return em.createNamedQuery("Item.count", Long.class).getSingleResult();
    }

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
        BomLines.chunked(ids, chunk -> em.createNamedQuery("Item.byIds", Item.class).setParameter("ids", chunk).getResultList())
                .forEach(i -> items.put(i.id(), i));
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
        return em.createNamedQuery("Item.planned", Object[].class).setParameter("service", ItemKind.SERVICE)
                .getResultList().stream().map(row -> new PlannedItem((String) row[0], (String) row[1], (MakeOrBuy) row[2], (Integer) row[3],
                        (ItemLotSizingRule) row[4], (BigDecimal) row[5], (Integer) row[6], (BigDecimal) row[7], (BigDecimal) row[8],
                        (BigDecimal) row[9], (BigDecimal) row[10], (BigDecimal) row[11], (BigDecimal) row[12], (String) row[13])).toList();
    }

    @Override
    public Map<String, String> idsByCode() {
        Map<String, String> ids = new HashMap<>();
        em.createNamedQuery("Item.idsByCode", Object[].class).getResultList().forEach(r -> ids.put((String) r[0], (String) r[1]));
        return ids;
    }

    @Override
    public boolean isEmpty() {
        return count() == 0;
    }

    @Override
    public List<Item> allByCode() {
        return em.createNamedQuery("Item.allByCode", Item.class).getResultList();
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
