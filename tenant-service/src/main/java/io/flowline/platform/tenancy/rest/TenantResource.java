package io.flowline.platform.tenancy.rest;

import io.flowline.api.tenancy.Tenant;
import io.flowline.api.tenancy.TenantApi;
import io.flowline.api.tenancy.UpdateTenantRequest;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.tenancy.OrderWorkflowRules;
import io.flowline.platform.tenancy.TenantService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(TenantApi.PATH)
public class TenantResource implements TenantApi {
    @Inject
    TenantService tenants;

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response get() {
        return ok(tenants.current());
    }

    @Override
    @RolesAllowed({"owner", "admin"})
    public Response update(String ifMatch, UpdateTenantRequest request) {
        return ok(tenants.update(ifMatch, request));
    }

    private static Response ok(io.flowline.platform.tenancy.Tenant tenant) {
        return Response.ok(representation(tenant)).tag(OptimisticLocking.etag(tenant.version())).build();
    }

    public static Tenant representation(io.flowline.platform.tenancy.Tenant t) {
        return new Tenant(t.id(), "tenant", t.name(), t.country(), t.locale(), t.currency(), t.timeZone(), t.enabledModules(),
                t.orderNumberFormat(), OrderWorkflowRules.settings(t.orderWorkflowJson()), t.replenishmentServiceLevel(), t.plan(), t.createdAt(), t.version());
    }
}
