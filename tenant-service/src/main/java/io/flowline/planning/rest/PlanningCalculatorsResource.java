package io.flowline.planning.rest;

import io.flowline.api.planning.AvailableToPromiseRequest;
import io.flowline.api.planning.ForecastRequest;
import io.flowline.api.planning.InventoryPolicyRequest;
import io.flowline.api.planning.LotSizingRequest;
import io.flowline.api.planning.MrpRecordRequest;
import io.flowline.api.planning.PlanningCalculatorsApi;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.rest.ModuleRequired;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Stateless calculators: every role may ask a what-if question; nothing touches the tenant's data. */
@RequestScoped
@Path(PlanningCalculatorsApi.PATH)
@ModuleRequired(Module.PLANNING)
@RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
public class PlanningCalculatorsResource implements PlanningCalculatorsApi {

    @Override
    public Response lotSizing(LotSizingRequest request) {
        return Response.ok(PlanningCalculations.lotSizing(request)).build();
    }

    @Override
    public Response mrpRecord(MrpRecordRequest request) {
        return Response.ok(PlanningCalculations.mrpRecord(request)).build();
    }

    @Override
    public Response availableToPromise(AvailableToPromiseRequest request) {
        return Response.ok(PlanningCalculations.availableToPromise(request)).build();
    }

    @Override
    public Response forecast(ForecastRequest request) {
        return Response.ok(PlanningCalculations.forecast(request)).build();
    }

    @Override
    public Response inventoryPolicy(InventoryPolicyRequest request) {
        return Response.ok(PlanningCalculations.inventoryPolicy(request)).build();
    }
}
