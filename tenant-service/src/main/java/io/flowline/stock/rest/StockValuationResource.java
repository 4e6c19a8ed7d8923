package io.flowline.stock.rest;

import io.flowline.api.inventory.StockValuationApi;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.rest.ModuleRequired;
import io.flowline.stock.StockValuationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(StockValuationApi.PATH)
@ModuleRequired(Module.INVENTORY)
@RolesAllowed({"owner", "admin", "planner", "warehouse"})
public class StockValuationResource implements StockValuationApi {
    @Inject
    StockValuationService valuations;

    @Override
    public Response valuation(String warehouseId, String itemId) {
        return Response.ok(StockRepresentations.valuation(valuations.valuation(warehouseId, itemId))).build();
    }
}
