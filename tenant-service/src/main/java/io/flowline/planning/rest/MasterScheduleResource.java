package io.flowline.planning.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

import io.flowline.api.planning.CreateMasterScheduleEntryRequest;
import io.flowline.api.planning.ForecastMasterScheduleRequest;
import io.flowline.api.planning.ForecastRequest;
import io.flowline.api.planning.MasterScheduleForecast;
import io.flowline.api.planning.MasterScheduleApi;
import io.flowline.api.planning.UpdateMasterScheduleEntryRequest;
import io.flowline.api.platform.Problem.FieldError;
import io.flowline.planning.MasterSchedule;
import io.flowline.planning.MasterScheduleEntry;
import io.flowline.planning.MasterScheduleEntryChanges;
import io.flowline.planning.NewMasterScheduleEntry;
import io.flowline.planning.StalePlans;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.json.Decimals;
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

@RequestScoped
@Path(MasterScheduleApi.PATH)
@ModuleRequired(Module.PLANNING)
@RolesAllowed({"owner", "admin", "planner"})
public class MasterScheduleResource implements MasterScheduleApi {
    private static final int DEFAULT_HISTORY_WEEKS = 52;
    private static final int DEFAULT_FORECAST_WEEKS = 13;

    @Inject
    MasterSchedule schedule;

    @Inject
    StalePlans stalePlans;

    @Inject
    TenantContext caller;

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response list(Integer limit, String cursor, String itemId) {
        PageRequest page = PageRequest.of(limit, cursor);
        List<MasterScheduleEntry> entries = schedule.list(page, itemId);
        Map<String, String> codes = codes(entries);
        return Response.ok(ListPages.page(page, entries, MasterScheduleEntry::id, e -> representation(e, codes))).build();
    }

    @Override
    public Response create(CreateMasterScheduleEntryRequest request) {
        MasterScheduleEntry entry = schedule.create(new NewMasterScheduleEntry(request.itemId(), request.dueDate(), request.quantity(),
                request.note()));
        stalePlans.masterScheduleChanged(caller.tenantId(), "entry " + entry.id() + " added");
        return Response.created(URI.create(PATH + "/" + entry.id())).entity(representation(entry, codes(List.of(entry))))
                .tag(OptimisticLocking.etag(entry.version())).build();
    }

    @Override
    public Response forecast(ForecastMasterScheduleRequest request) {
        int weeks = request.weeks() == null ? DEFAULT_FORECAST_WEEKS : request.weeks();
        MasterSchedule.History history = schedule.history(request.itemId(), request.historyWeeks() == null ? DEFAULT_HISTORY_WEEKS
                : request.historyWeeks());
        List<BigDecimal> weekly = history.weeks();
        io.flowline.api.planning.ForecastResult forecast;
        try {
            forecast = PlanningCalculations.forecast(new ForecastRequest(request.method() == null ? "auto" : request.method(), weekly,
                    null, null, null, request.seasonLength(), request.window(), null, null, weeks));
        } catch (ApiProblem.Invalid invalid) { // said of the calculator's fields: named as this request's
            throw new ApiProblem.Invalid(invalid.errors().stream().map(e -> new FieldError(e.field().equals("history") ? "history_weeks"
                    : e.field().equals("horizon") ? "weeks" : e.field(), e.message())).toList());
        }
        MasterSchedule.Forecasted written = schedule.replaceForecast(request.itemId(), history.thisMonday(), forecast.forecast(), forecast.method());
        List<MasterScheduleEntry> entries = written.written();
        if (!entries.isEmpty() || written.replaced() > 0) {
            stalePlans.masterScheduleChanged(caller.tenantId(), "forecast of item " + request.itemId() + " written");
        }
        Map<String, String> codes = codes(entries);
        return Response.ok(new MasterScheduleForecast("master_schedule_forecast", request.itemId(), forecast.method(), history.from(),
                weekly, forecast.mae(), forecast.mape(), forecast.rmse(),
                entries.stream().map(e -> representation(e, codes)).toList())).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response get(String id) {
        return ok(schedule.get(id));
    }

    @Override
    public Response update(String id, String ifMatch, UpdateMasterScheduleEntryRequest request) {
        MasterSchedule.Changed changed = schedule.update(id, ifMatch, new MasterScheduleEntryChanges(request.dueDate(), request.quantity(),
                request.note()));
        if (changed.changed()) {
            stalePlans.masterScheduleChanged(caller.tenantId(), "entry " + id + " changed");
        }
        return ok(changed.entry());
    }

    @Override
    public Response delete(String id) {
        MasterScheduleEntry entry = schedule.delete(id);
        stalePlans.masterScheduleChanged(caller.tenantId(), "entry " + entry.id() + " removed");
        return Response.noContent().build();
    }

    private Response ok(MasterScheduleEntry entry) {
        return Response.ok(representation(entry, codes(List.of(entry)))).tag(OptimisticLocking.etag(entry.version())).build();
    }

    private Map<String, String> codes(List<MasterScheduleEntry> entries) {
        return schedule.itemCodes(entries);
    }

    private static io.flowline.api.planning.MasterScheduleEntry representation(MasterScheduleEntry e, Map<String, String> codes) {
        return new io.flowline.api.planning.MasterScheduleEntry(e.id(), "master_schedule_entry", e.itemId(), codes.get(e.itemId()), e.dueDate(),
                Decimals.plain(e.quantity()), e.note(), e.source(), e.createdAt(), e.updatedAt(), e.version());
    }
}
