package io.flowline.purchasing.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.flowline.api.inventory.CreateSupplierItemRequest;
import io.flowline.api.inventory.CreateSupplierRequest;
import io.flowline.api.inventory.SuppliersApi;
import io.flowline.api.inventory.UpdateSupplierItemRequest;
import io.flowline.api.inventory.UpdateSupplierRequest;
import io.flowline.catalog.Item;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.pagination.rest.ListPages;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.rest.ModuleRequired;
import io.flowline.purchasing.Supplier;
import io.flowline.purchasing.SupplierItem;
import io.flowline.purchasing.SupplierItemService;
import io.flowline.purchasing.SupplierService;
import io.flowline.stock.rest.WarehousesResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(SuppliersApi.PATH)
@ModuleRequired(Module.INVENTORY)
@RolesAllowed({"owner", "admin", "planner", "warehouse"})
public class SuppliersResource implements SuppliersApi {
    @Inject
    SupplierService suppliers;

    @Inject
    SupplierItemService supplierItems;

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response list(Integer limit, String cursor, Boolean includeArchived) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, suppliers.list(page, Boolean.TRUE.equals(includeArchived)), Supplier::id,
                SuppliersResource::representation)).build();
    }

    @Override
    public Response create(CreateSupplierRequest request) {
        Supplier supplier = suppliers.create(PurchasingCommands.supplier(request));
        return Response.created(URI.create(PATH + "/" + supplier.id())).entity(representation(supplier))
                .tag(OptimisticLocking.etag(supplier.version())).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response get(String id) {
        return ok(suppliers.get(id));
    }

    @Override
    public Response update(String id, String ifMatch, UpdateSupplierRequest request) {
        return ok(suppliers.update(id, ifMatch, PurchasingCommands.changes(request)));
    }

    @Override
    public Response archive(String id) {
        return ok(suppliers.archive(id));
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response listItems(String id, Integer limit, String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        List<SupplierItem> found = supplierItems.list(id, page);
        Map<String, Item> items = supplierItems.items(found);
        return Response.ok(ListPages.page(page, found, SupplierItem::id, s -> PurchasingRepresentations.supplierItem(s, items.get(s.itemId())))).build();
    }

    @Override
    public Response addItem(String id, CreateSupplierItemRequest request) {
        SupplierItem terms = supplierItems.add(id, PurchasingCommands.supplierItem(request));
        return Response.created(URI.create(PATH + "/" + id + "/items/" + terms.itemId())).entity(representation(terms))
                .tag(OptimisticLocking.etag(terms.version())).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response getItem(String id, String itemId) {
        return ok(supplierItems.get(id, itemId));
    }

    @Override
    public Response updateItem(String id, String itemId, String ifMatch, UpdateSupplierItemRequest request) {
        return ok(supplierItems.update(id, itemId, ifMatch, PurchasingCommands.changes(request)));
    }

    @Override
    public Response removeItem(String id, String itemId) {
        supplierItems.remove(id, itemId);
        return Response.noContent().build();
    }

    private Response ok(SupplierItem terms) {
        return Response.ok(representation(terms)).tag(OptimisticLocking.etag(terms.version())).build();
    }

    private io.flowline.api.inventory.SupplierItem representation(SupplierItem terms) {
        return PurchasingRepresentations.supplierItem(terms, supplierItems.items(List.of(terms)).get(terms.itemId()));
    }

    private static Response ok(Supplier supplier) {
        return Response.ok(representation(supplier)).tag(OptimisticLocking.etag(supplier.version())).build();
    }

    static io.flowline.api.inventory.Supplier representation(Supplier s) {
        return new io.flowline.api.inventory.Supplier(s.id(), "supplier", s.code(), s.name(), s.email(), s.phone(),
                WarehousesResource.representation(s.address()), s.currency(), s.defaultLeadTimeDays(), s.archived(), s.createdAt(), s.version());
    }
}
