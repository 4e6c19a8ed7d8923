package io.flowline.stock.rest;

import io.flowline.api.inventory.StockApi;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.pagination.rest.ListPages;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.rest.ModuleRequired;
import io.flowline.stock.StockLevelService;
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
    public Response list(Integer limit, String cursor, String itemId, String warehouseId) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, levels.levels(page, itemId, warehouseId), StockLevelService.Level::key, StockRepresentations::level)).build();
    }
}
