package io.flowline.stock.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.flowline.api.inventory.CreateStockCountRequest;
import io.flowline.api.inventory.RecordStockCountRequest;
import io.flowline.api.inventory.StockCountsApi;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.pagination.rest.ListPages;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.rest.ModuleRequired;
import io.flowline.stock.StockCount;
import io.flowline.stock.StockCountLine;
import io.flowline.stock.StockCountService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(StockCountsApi.PATH)
@ModuleRequired(Module.INVENTORY)
@RolesAllowed({"owner", "admin", "warehouse"})
public class StockCountsResource implements StockCountsApi {
    @Inject
    StockCountService counts;

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response list(Integer limit, String cursor, String warehouseId, String status) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, counts.list(page, warehouseId, status), StockCountService.Summary::id, StockRepresentations::count)).build();
    }

    @Override
    public Response create(CreateStockCountRequest request) {
        StockCount count = counts.open(StockCommands.count(request));
        return Response.created(URI.create(PATH + "/" + count.id())).entity(StockRepresentations.count(counts.summary(count)))
                .tag(OptimisticLocking.etag(count.version())).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response get(String id) {
        return ok(counts.get(id));
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response lines(String id, Integer limit, String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        List<StockCountLine> lines = counts.lines(id, page);
        Map<String, String> units = counts.units(lines);
        return Response.ok(ListPages.page(page, lines, StockCountLine::id, line -> StockRepresentations.countLine(line, units.get(line.itemId())))).build();
    }

    @Override
    public Response record(String id, String ifMatch, RecordStockCountRequest request) {
        return ok(counts.record(id, ifMatch, StockCommands.counted(request)));
    }

    @Override
    public Response post(String id) {
        return ok(counts.post(id));
    }

    @Override
    public Response cancel(String id) {
        return ok(counts.cancel(id));
    }

    private Response ok(StockCount count) {
        return Response.ok(StockRepresentations.count(counts.summary(count))).tag(OptimisticLocking.etag(count.version())).build();
    }
}
