package io.flowline.catalog.rest;

import java.net.URI;

import io.flowline.api.catalog.CreateItemRequest;
import io.flowline.api.catalog.ItemsApi;
import io.flowline.api.catalog.ReplaceBillOfMaterialsRequest;
import io.flowline.api.catalog.ReplaceProductOptionsRequest;
import io.flowline.api.catalog.ReplaceRoutingRequest;
import io.flowline.api.catalog.ResolveConfigurationRequest;
import io.flowline.api.catalog.UpdateItemRequest;
import io.flowline.catalog.BillOfMaterialsService;
import io.flowline.catalog.Item;
import io.flowline.catalog.ItemService;
import io.flowline.catalog.ProductOptionsService;
import io.flowline.catalog.RoutingService;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.pagination.rest.ListPages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Items and their structure. Every role reads; owners, admins and planners change. */
@RequestScoped
@Path(ItemsApi.PATH)
@RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
public class ItemsResource implements ItemsApi {
    @Inject
    ItemService items;

    @Inject
    BillOfMaterialsService boms;

    @Inject
    RoutingService routings;

    @Inject
    ProductOptionsService options;

    @Override
    public Response list(Integer limit, String cursor, String kind, String query, String status) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, items.list(page, kind, query, status), Item::id, CatalogRepresentations::item)).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner"})
    public Response create(CreateItemRequest request) {
        Item item = items.create(CatalogCommands.newItem(request));
        return Response.created(URI.create(PATH + "/" + item.id())).entity(CatalogRepresentations.item(item))
                .tag(OptimisticLocking.etag(item.version())).build();
    }

    @Override
    public Response get(String id) {
        return ok(items.get(id));
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner"})
    public Response update(String id, String ifMatch, UpdateItemRequest request) {
        return ok(items.update(id, ifMatch, CatalogCommands.itemChanges(request)));
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner"})
    public Response archive(String id) {
        return ok(items.archive(id));
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner"})
    public Response restore(String id) {
        return ok(items.restore(id));
    }

    @Override
    public Response getBillOfMaterials(String id) {
        BillOfMaterialsService.View view = boms.get(id);
        return Response.ok(CatalogRepresentations.billOfMaterials(view)).tag(OptimisticLocking.etag(view.version())).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner"})
    public Response replaceBillOfMaterials(String id, String ifMatch, ReplaceBillOfMaterialsRequest request) {
        BillOfMaterialsService.View view = boms.replace(id, ifMatch, CatalogCommands.lines(request.lines()));
        return Response.ok(CatalogRepresentations.billOfMaterials(view)).tag(OptimisticLocking.etag(view.version())).build();
    }

    @Override
    public Response explode(String id, String quantity) {
        return Response.ok(CatalogRepresentations.explosion(boms.explode(id, quantity))).build();
    }

    @Override
    public Response whereUsed(String id, String levels) {
        return Response.ok(CatalogRepresentations.whereUsed(boms.whereUsed(id, levels))).build();
    }

    @Override
    public Response getRouting(String id) {
        RoutingService.View view = routings.get(id);
        return Response.ok(CatalogRepresentations.routing(view)).tag(OptimisticLocking.etag(view.version())).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner"})
    public Response replaceRouting(String id, String ifMatch, ReplaceRoutingRequest request) {
        RoutingService.View view = routings.replace(id, ifMatch, CatalogCommands.steps(request.operations()));
        return Response.ok(CatalogRepresentations.routing(view)).tag(OptimisticLocking.etag(view.version())).build();
    }

    @Override
    public Response getOptions(String id) {
        ProductOptionsService.View view = options.get(id);
        return Response.ok(CatalogRepresentations.options(view)).tag(OptimisticLocking.etag(view.version())).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner"})
    public Response replaceOptions(String id, String ifMatch, ReplaceProductOptionsRequest request) {
        ProductOptionsService.View view = options.replace(id, ifMatch, CatalogCommands.optionGroups(request));
        return Response.ok(CatalogRepresentations.options(view)).tag(OptimisticLocking.etag(view.version())).build();
    }

    @Override
    public Response resolveConfiguration(String id, ResolveConfigurationRequest request) {
        return Response.ok(CatalogRepresentations.resolved(options.resolve(id, request.choices()))).build();
    }

    private static Response ok(Item item) {
        return Response.ok(CatalogRepresentations.item(item)).tag(OptimisticLocking.etag(item.version())).build();
    }
}
