package io.flowline.stock;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.flowline.api.inventory.Address;
import io.flowline.api.inventory.CreateStorageLocationRequest;
import io.flowline.api.inventory.CreateWarehouseRequest;
import io.flowline.api.inventory.UpdateWarehouseRequest;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.failure.AlreadyUsed;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.pagination.ListQuery;
import io.flowline.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Warehouses and their storage locations in the caller's company. */
@ApplicationScoped
public class WarehouseService {
    public static final String PREFIX = "whs";
    public static final String LOCATION_PREFIX = "loc";

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    public List<Warehouse> list(PageRequest page, boolean includeArchived) {
        return ListQuery.of(Warehouse.class, "w").filter("w.archived = :archived", "archived", includeArchived ? null : false).list(em, page);
    }

    public Warehouse get(String id) {
        Warehouse warehouse = em.find(Warehouse.class, id);
        if (warehouse == null) {
            throw new NotFound("warehouse", id);
        }
        return warehouse;
    }

    @Transactional
    public Warehouse create(CreateWarehouseRequest request) {
        String code = request.code().trim();
        if (!em.createQuery("SELECT w.id FROM Warehouse w WHERE w.code = :code", String.class).setParameter("code", code).getResultList().isEmpty()) {
            throw new AlreadyUsed("code", "is already used", "Warehouse code " + code + " is already used in your company.");
        }
        Warehouse warehouse = new Warehouse(PublicIds.next(PREFIX), code, request.name().trim(), address(request.address()), Instant.now());
        em.persist(warehouse);
        audit.record(em, "warehouse.created", "warehouse", warehouse.id(), new Changes().field("code", null, code).field("name", null, warehouse.name()));
        em.flush();
        return warehouse;
    }

    @Transactional
    public Warehouse update(String id, String ifMatch, UpdateWarehouseRequest request) {
        Warehouse warehouse = get(id);
        OptimisticLocking.requireMatch(ifMatch, warehouse.version());
        Changes changes = new Changes();
        if (request.name() != null) {
            changes.field("name", warehouse.name(), request.name().trim());
            warehouse.rename(request.name().trim());
        }
        if (request.address() != null) {
            PostalAddress address = address(request.address());
            changes.field("address", Objects.toString(warehouse.address(), null), address.toString());
            warehouse.moveTo(address);
        }
        if (!changes.isEmpty()) {
            audit.record(em, "warehouse.updated", "warehouse", warehouse.id(), changes);
            em.flush();
        }
        return warehouse;
    }

    @Transactional
    public Warehouse archive(String id) {
        Warehouse warehouse = get(id);
        if (warehouse.archived()) {
            throw new Conflict("already-archived", "Warehouse " + warehouse.code() + " is already archived.");
        }
        warehouse.archive();
        audit.record(em, "warehouse.archived", "warehouse", warehouse.id(), new Changes().field("archived", false, true));
        em.flush();
        return warehouse;
    }

    public List<StorageLocation> locations(String warehouseId, PageRequest page) {
        get(warehouseId);
        return ListQuery.of(StorageLocation.class, "l").where("l.warehouseId = :warehouse", "warehouse", warehouseId).list(em, page);
    }

    @Transactional
    public StorageLocation addLocation(String warehouseId, CreateStorageLocationRequest request) {
        Warehouse warehouse = get(warehouseId);
        if (warehouse.archived()) {
            throw new Conflict("warehouse-archived", "Warehouse " + warehouse.code() + " is archived and takes no new locations.");
        }
        String code = request.code().trim();
        boolean taken = !em.createQuery("SELECT l.id FROM StorageLocation l WHERE l.warehouseId = :warehouse AND l.code = :code", String.class)
                .setParameter("warehouse", warehouseId).setParameter("code", code).getResultList().isEmpty();
        if (taken) {
            throw new AlreadyUsed("code", "is already used in this warehouse", "Location " + code + " already exists in warehouse " + warehouse.code() + ".");
        }
        StorageLocation location = new StorageLocation(PublicIds.next(LOCATION_PREFIX), warehouseId, code, request.description(), Instant.now());
        em.persist(location);
        audit.record(em, "storage_location.created", "storage_location", location.id(),
                new Changes().field("warehouse", null, warehouse.code()).field("code", null, code));
        em.flush();
        return location;
    }

    private static PostalAddress address(Address address) {
        return address == null ? null : new PostalAddress(address.line1(), address.line2(), address.postalCode(), address.city(), address.country());
    }
}
