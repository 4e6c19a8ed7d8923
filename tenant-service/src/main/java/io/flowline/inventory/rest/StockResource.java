package io.flowline.inventory.rest;

import io.flowline.api.inventory.StockApi;
import io.flowline.api.platform.ListPage;
import io.flowline.inventory.StockLevelService;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.ModuleRequired;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(StockApi.PATH)
@ModuleRequired(Module.INVENTORY)
@RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
public class StockResource implements StockApi {
    @Inject
    StockLevelService levels;

    @Override
    public Response list(String itemId, String warehouseId) {
        return Response.ok(ListPage.of(levels.levels(itemId, warehouseId).stream().map(StockRepresentations::level).toList(), null)).build();
    }
}
