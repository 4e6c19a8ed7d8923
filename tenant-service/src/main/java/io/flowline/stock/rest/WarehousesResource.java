package io.flowline.stock.rest;

import java.net.URI;

import io.flowline.api.inventory.Address;
import io.flowline.api.inventory.CreateStorageLocationRequest;
import io.flowline.api.inventory.CreateWarehouseRequest;
import io.flowline.api.inventory.UpdateWarehouseRequest;
import io.flowline.api.inventory.WarehousesApi;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.pagination.rest.ListPages;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.rest.ModuleRequired;
import io.flowline.stock.PostalAddress;
import io.flowline.stock.StorageLocation;
import io.flowline.stock.Warehouse;
import io.flowline.stock.WarehouseService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(WarehousesApi.PATH)
@ModuleRequired(Module.INVENTORY)
@RolesAllowed({"owner", "admin", "warehouse"})
public class WarehousesResource implements WarehousesApi {
    @Inject
    WarehouseService warehouses;

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response list(Integer limit, String cursor, Boolean includeArchived) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, warehouses.list(page, Boolean.TRUE.equals(includeArchived)), Warehouse::id,
                WarehousesResource::representation)).build();
    }

    @Override
    public Response create(CreateWarehouseRequest request) {
        Warehouse warehouse = warehouses.create(StockCommands.warehouse(request));
        return Response.created(URI.create(PATH + "/" + warehouse.id())).entity(representation(warehouse))
                .tag(OptimisticLocking.etag(warehouse.version())).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response get(String id) {
        return ok(warehouses.get(id));
    }

    @Override
    public Response update(String id, String ifMatch, UpdateWarehouseRequest request) {
        return ok(warehouses.update(id, ifMatch, StockCommands.changes(request)));
    }

    @Override
    public Response archive(String id) {
        return ok(warehouses.archive(id));
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response listLocations(String id, Integer limit, String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, warehouses.locations(id, page), StorageLocation::id, WarehousesResource::representation)).build();
    }

    @Override
    public Response addLocation(String id, CreateStorageLocationRequest request) {
        StorageLocation location = warehouses.addLocation(id, StockCommands.location(request));
        return Response.created(URI.create(PATH + "/" + id + "/locations")).entity(representation(location)).build();
    }

    private static Response ok(Warehouse warehouse) {
        return Response.ok(representation(warehouse)).tag(OptimisticLocking.etag(warehouse.version())).build();
    }

    static io.flowline.api.inventory.Warehouse representation(Warehouse w) {
        return new io.flowline.api.inventory.Warehouse(w.id(), "warehouse", w.code(), w.name(), representation(w.address()), w.archived(),
                w.createdAt(), w.version());
    }

    /** Suppliers have postal addresses too (purchasing). */
    public static Address representation(PostalAddress a) {
        return a == null ? null : new Address(a.line1(), a.line2(), a.postalCode(), a.city(), a.country());
    }

    static io.flowline.api.inventory.StorageLocation representation(StorageLocation l) {
        return new io.flowline.api.inventory.StorageLocation(l.id(), "storage_location", l.warehouseId(), l.code(), l.description(),
                l.createdAt(), l.version());
    }
}
