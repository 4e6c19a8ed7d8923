package io.flowline.stock;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.failure.AlreadyUsed;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.ids.PublicIds;
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
        return WarehouseRepository.in(em).list(page, includeArchived);
    }

    public Warehouse get(String id) {
        return WarehouseRepository.in(em).find(id).orElseThrow(() -> new NotFound("warehouse", id));
    }

    /**
     * Where goods go when nobody said: the company's oldest warehouse that is not archived (ids grow with time); empty
     * for a company without one. Production receives a work order's output there unless the order names a warehouse.
     */
    public java.util.Optional<Warehouse> defaultWarehouse() {
        return WarehouseRepository.in(em).firstActive();
    }

    @Transactional
    public Warehouse create(NewWarehouse request) {
        String code = request.code().trim();
        if (WarehouseRepository.in(em).codeTaken(code)) {
            throw new AlreadyUsed("code", "is already used", "Warehouse code " + code + " is already used in your company.");
        }
        Warehouse warehouse = new Warehouse(PublicIds.next(PREFIX), code, request.name().trim(), request.address(), Instant.now());
        WarehouseRepository.in(em).add(warehouse);
        audit.record(em, "warehouse.created", "warehouse", warehouse.id(), new Changes().field("code", null, code).field("name", null, warehouse.name()));
        em.flush();
        return warehouse;
    }

    @Transactional
    public Warehouse update(String id, String ifMatch, WarehouseChanges request) {
        Warehouse warehouse = get(id);
        OptimisticLocking.requireMatch(ifMatch, warehouse.version());
        Changes changes = new Changes();
        if (request.name() != null) {
            changes.field("name", warehouse.name(), request.name().trim());
            warehouse.rename(request.name().trim());
        }
        if (request.address() != null) {
            PostalAddress address = request.address();
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
        return WarehouseRepository.in(em).locations(warehouseId, page);
    }

    @Transactional
    public StorageLocation addLocation(String warehouseId, NewStorageLocation request) {
        Warehouse warehouse = get(warehouseId);
        if (warehouse.archived()) {
            throw new Conflict("warehouse-archived", "Warehouse " + warehouse.code() + " is archived and takes no new locations.");
        }
        String code = request.code().trim();
        if (WarehouseRepository.in(em).locationCodeTaken(warehouseId, code)) {
            throw new AlreadyUsed("code", "is already used in this warehouse", "Location " + code + " already exists in warehouse " + warehouse.code() + ".");
        }
        StorageLocation location = new StorageLocation(PublicIds.next(LOCATION_PREFIX), warehouseId, code, request.description(), Instant.now());
        WarehouseRepository.in(em).add(location);
        audit.record(em, "storage_location.created", "storage_location", location.id(),
                new Changes().field("warehouse", null, warehouse.code()).field("code", null, code));
        em.flush();
        return location;
    }
}
