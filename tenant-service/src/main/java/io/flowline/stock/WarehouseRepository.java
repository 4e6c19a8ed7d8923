package io.flowline.stock;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import jakarta.persistence.EntityManager;

/** The warehouses of the entity manager's tenant and their storage locations; what purchasing's receipts name a place with. */
public final class WarehouseRepository {
    private final EntityManager em;

    private WarehouseRepository(EntityManager em) {
        this.em = em;
    }

    /** The warehouses seen through {@code em}: its tenant and persistence context. */
    public static WarehouseRepository in(EntityManager em) {
        return new WarehouseRepository(em);
    }

    public Optional<Warehouse> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Warehouse.class, id));
    }

    public Optional<StorageLocation> findLocation(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(StorageLocation.class, id));
    }

    public Map<String, Warehouse> byId(Collection<String> ids) {
        return ids.isEmpty() ? Map.of() : em.createNamedQuery("Warehouse.byIds", Warehouse.class).setParameter("ids", List.copyOf(ids))
                .getResultList().stream().collect(Collectors.toMap(Warehouse::id, Function.identity()));
    }

    /** The oldest warehouse that is not archived. */
    Optional<Warehouse> firstActive() {
        return em.createNamedQuery("Warehouse.active", Warehouse.class).setMaxResults(1).getResultList().stream().findFirst();
    }

    boolean codeTaken(String code) {
        return !em.createNamedQuery("Warehouse.idsByCode", String.class).setParameter("code", code).getResultList().isEmpty();
    }

    boolean locationCodeTaken(String warehouseId, String code) {
        return !em.createNamedQuery("StorageLocation.idsByCode", String.class).setParameter("warehouse", warehouseId)
                .setParameter("code", code).getResultList().isEmpty();
    }

    List<Warehouse> list(PageRequest page, boolean includeArchived) {
        return ListQuery.of(Warehouse.class, "w").filter("w.archived = :archived", "archived", includeArchived ? null : false).list(em, page);
    }

    List<StorageLocation> locations(String warehouseId, PageRequest page) {
        return ListQuery.of(StorageLocation.class, "l").where("l.warehouseId = :warehouse", "warehouse", warehouseId).list(em, page);
    }

    void add(Warehouse warehouse) {
        em.persist(warehouse);
    }

    void add(StorageLocation location) {
        em.persist(location);
    }
}
