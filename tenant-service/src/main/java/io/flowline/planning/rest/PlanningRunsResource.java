package io.flowline.planning.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.util.concurrent.RejectedExecutionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.flowline.api.planning.CapacityReport;
import io.flowline.api.planning.MrpRun.Counts;
import io.flowline.api.planning.MrpRun.ExceptionMessage;
import io.flowline.api.planning.PlanningRunsApi;
import io.flowline.api.planning.StartMrpRunRequest;
import io.flowline.catalog.WorkCenter;
import io.flowline.planning.CapacityService;
import io.flowline.planning.MrpRun;
import io.flowline.planning.MrpRunner;
import io.flowline.planning.MrpRuns;
import io.flowline.planning.PlannedOrder;
import io.flowline.planning.PlannedOrderService;
import io.flowline.planning.engine.CapacityOverload;
import io.flowline.planning.engine.CapacityProfile;
import io.flowline.platform.json.Decimals;
import io.flowline.platform.json.JsonbConfigurator;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.pagination.rest.ListPages;
import io.flowline.platform.problem.rest.ApiProblem;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.rest.ModuleRequired;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** MRP runs, their planned orders and the capacity check on the caller's data; every role may read, planners act. */
@RequestScoped
@Path(PlanningRunsApi.PATH)
@ModuleRequired(Module.PLANNING)
@RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
public class PlanningRunsResource implements PlanningRunsApi {
    private static final int DEFAULT_WEEKS = 104;
    private static final int DEFAULT_DAYS = 260;

    @Inject
    MrpRuns runs;

    @Inject
    MrpRunner runner;

    @Inject
    PlannedOrderService plannedOrders;

    @Inject
    CapacityService capacity;

    @Inject
    TenantContext caller;

    @Override
    @RolesAllowed({"owner", "admin", "planner"})
    public Response start(StartMrpRunRequest request) {
        String bucket = request == null || request.bucket() == null ? "week" : request.bucket();
        int horizon = request != null && request.horizon() != null ? request.horizon() : bucket.equals("day") ? DEFAULT_DAYS : DEFAULT_WEEKS;
        LocalDate start = request != null && request.startDate() != null ? request.startDate()
                : runs.today();
        MrpRun run = runs.create(bucket, horizon, start);
        try {
            runner.submit(new MrpRunner.Task(caller.tenantId(), run.id(), caller.actorType(), caller.actorId(), bucket, horizon, start));
        } catch (RejectedExecutionException busy) {
            runs.failed(caller.tenantId(), run.id(), "The server could not start the run; try again.", 0);
            throw new ApiProblem(503, "server-busy", "Server busy", "The server could not start the run now; try again in a moment.");
        }
        return Response.accepted(representation(run)).location(URI.create(PATH + "/mrp-runs/" + run.id())).build();
    }

    @Override
    public Response list(Integer limit, String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, runs.list(page), MrpRun::id, r -> representation(r, List.of()))).build();
    }

    @Override
    public Response get(String id) {
        return Response.ok(representation(runs.get(id))).build();
    }

    @Override
    public Response plannedOrders(String id, Integer limit, String cursor, String itemId, String kind) {
        PageRequest page = PageRequest.of(limit, cursor);
        List<PlannedOrder> orders = plannedOrders.list(id, page, itemId, kind);
        Map<String, String> codes = plannedOrders.itemCodes(orders);
        String latest = plannedOrders.latestRunId();
        return Response.ok(ListPages.page(page, orders, PlannedOrder::id, o -> representation(o, codes, latest))).build();
    }

    @Override
    public Response plannedOrder(String id) {
        return plannedOrder(plannedOrders.get(id));
    }

    @Override
    @RolesAllowed({"owner", "admin", "planner"})
    public Response release(String id) {
        return plannedOrder(plannedOrders.release(id));
    }

    @Override
    public Response capacity(String from, String to, String bucket) {
        CapacityService.Capacity answer = capacity.capacity(from, to, bucket);
        CapacityProfile profile = answer.profile();
        List<CapacityReport.WorkCenterLoad> loads = new ArrayList<>();
        for (int w = 0; w < answer.workCenters().size(); w++) {
            WorkCenter centre = answer.workCenters().get(w);
            loads.add(new CapacityReport.WorkCenterLoad(centre.id(), centre.code(), hours(profile.loadHours()[w]), hours(profile.availableHours()[w])));
        }
        List<CapacityReport.Overload> overloads = new ArrayList<>();
        for (CapacityOverload overload : profile.overloads()) {
            WorkCenter centre = answer.workCenters().get(overload.workCenter());
            overloads.add(new CapacityReport.Overload(centre.id(), centre.code(), answer.buckets().get(overload.bucket()),
                    hours(overload.loadHours()), hours(overload.availableHours()), hours(overload.excessHours())));
        }
        return Response.ok(new CapacityReport("capacity", answer.from(), answer.to(), answer.bucket(), answer.runId(), answer.buckets(),
                loads, overloads)).build();
    }

    private Response plannedOrder(PlannedOrder order) {
        return Response.ok(representation(order, plannedOrders.itemCodes(List.of(order)), plannedOrders.latestRunId())).build();
    }

    private static io.flowline.api.planning.MrpRun representation(MrpRun run) {
        List<ExceptionMessage> exceptions = run.exceptionsJson() == null ? List.of()
                : List.of(JsonbConfigurator.jsonb().fromJson(run.exceptionsJson(), ExceptionMessage[].class));
        return representation(run, exceptions);
    }

    private static io.flowline.api.planning.MrpRun representation(MrpRun r, List<ExceptionMessage> exceptions) {
        return new io.flowline.api.planning.MrpRun(r.id(), "mrp_run", r.status(), r.progress(), r.bucket(), r.horizon(), r.startDate(),
                r.startedAt(), r.finishedAt(), r.durationMs(), new Counts(r.itemCount(), r.plannedOrderCount(), r.exceptionCount()), exceptions,
                r.failure(), r.stale(), r.staleReason(), r.createdAt(), r.version());
    }

    @SuppressWarnings("unchecked")
    private static io.flowline.api.planning.PlannedOrder representation(PlannedOrder o, Map<String, String> codes, String latestRunId) {
        Map<String, String> configuration = o.configurationJson() == null ? null
                : JsonbConfigurator.jsonb().fromJson(o.configurationJson(), LinkedHashMap.class);
        return new io.flowline.api.planning.PlannedOrder(o.id(), "planned_order", o.runId(), o.itemId(), codes.get(o.itemId()), o.kind(),
                configuration, Decimals.plain(o.quantity()), o.releaseDate(), o.dueDate(), o.status(latestRunId), o.workOrderId(), o.purchaseOrderId(), o.releasedAt(),
                o.pegs().stream().map(PlanningRunsResource::peg).toList(), o.createdAt(), o.version());
    }

    private static io.flowline.api.planning.PlannedOrder.Peg peg(PlannedOrder.Peg p) {
        return new io.flowline.api.planning.PlannedOrder.Peg(p.kind(), p.salesOrderId(), p.salesOrderLineId(), p.plannedOrderId(),
                p.workOrderId(), p.masterScheduleEntryId(), p.quantity());
    }

    private static List<BigDecimal> hours(double[] values) {
        return Arrays.stream(values).mapToObj(PlanningRunsResource::hours).toList();
    }

    private static BigDecimal hours(double value) {
        BigDecimal hours = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return hours.scale() < 0 ? hours.setScale(0) : hours;
    }
}
