package io.flowline.stock.rest;

import java.net.URI;
import java.util.List;

import io.flowline.api.inventory.PostStockMovementRequest;
import io.flowline.api.inventory.StockMovementsApi;
import io.flowline.api.inventory.StockPosting;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.pagination.rest.ListPages;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.rest.ModuleRequired;
import io.flowline.stock.StockMovement;
import io.flowline.stock.StockMovementService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(StockMovementsApi.PATH)
@ModuleRequired(Module.INVENTORY)
@RolesAllowed({"owner", "admin", "warehouse"})
public class StockMovementsResource implements StockMovementsApi {
    @Inject
    StockMovementService movements;

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response list(Integer limit, String cursor, String itemId, String warehouseId, String lotId, String kind, String from, String to) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, movements.list(page, itemId, warehouseId, lotId, kind, from, to), StockMovement::id,
                StockRepresentations::movement)).build();
    }

    @Override
    public Response post(PostStockMovementRequest request) {
        List<StockMovement> legs = movements.post(StockCommands.movement(request));
        StockPosting posting = new StockPosting(legs.get(0).postingId(), "stock_posting", legs.stream().map(StockRepresentations::movement).toList());
        return Response.created(URI.create(PATH + "/" + legs.get(0).id())).entity(posting).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response get(String id) {
        return Response.ok(StockRepresentations.movement(movements.get(id))).build();
    }
}
