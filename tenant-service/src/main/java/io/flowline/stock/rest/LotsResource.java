package io.flowline.stock.rest;

import java.net.URI;

import io.flowline.api.inventory.CreateLotRequest;
import io.flowline.api.inventory.LotsApi;
import io.flowline.api.inventory.UpdateLotRequest;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.pagination.rest.ListPages;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.rest.ModuleRequired;
import io.flowline.stock.Lot;
import io.flowline.stock.LotService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(LotsApi.PATH)
@ModuleRequired(Module.INVENTORY)
@RolesAllowed({"owner", "admin", "warehouse", "quality"})
public class LotsResource implements LotsApi {
    @Inject
    LotService lots;

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response list(Integer limit, String cursor, String itemId, String status) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, lots.list(page, itemId, status), Lot::id, StockRepresentations::lot)).build();
    }

    @Override
    public Response create(CreateLotRequest request) {
        Lot lot = lots.create(StockCommands.lot(request));
        return Response.created(URI.create(PATH + "/" + lot.id())).entity(StockRepresentations.lot(lot))
                .tag(OptimisticLocking.etag(lot.version())).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response get(String id) {
        return ok(lots.get(id));
    }

    @Override
    public Response update(String id, String ifMatch, UpdateLotRequest request) {
        return ok(lots.update(id, ifMatch, StockCommands.changes(request)));
    }

    private static Response ok(Lot lot) {
        return Response.ok(StockRepresentations.lot(lot)).tag(OptimisticLocking.etag(lot.version())).build();
    }
}
