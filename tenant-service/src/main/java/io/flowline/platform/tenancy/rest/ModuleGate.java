package io.flowline.platform.tenancy.rest;

import io.flowline.platform.tenancy.TenantContext;
import io.flowline.platform.tenancy.TenantService;
import io.flowline.platform.tenancy.Module;
import java.util.Map;

import io.flowline.platform.problem.rest.Problems;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * A module the tenant has switched off answers 403 with a problem that says how to switch it on,
 * instead of letting half of a workflow run.
 */
@Provider
@ModuleRequired(Module.ORDERS) // name binding: this filter runs only for resources marked @ModuleRequired
@Priority(Priorities.AUTHORIZATION + 1)
public class ModuleGate implements ContainerRequestFilter {
    @Context
    ResourceInfo resource;

    @Inject
    TenantService tenants;

    @Inject
    TenantContext caller;

    @Override
    public void filter(ContainerRequestContext request) {
        ModuleRequired required = resource.getResourceMethod().getAnnotation(ModuleRequired.class);
        if (required == null) {
            required = resource.getResourceClass().getAnnotation(ModuleRequired.class);
        }
        if (required == null || !caller.authenticated()) {
            return;
        }
        if (tenants.switchedOff(required.value())) {
            String module = required.value().apiName();
            request.abortWith(Problems.response(403, "module-disabled", "Module switched off",
                    "The " + module + " module is switched off for your company; an owner or admin can switch it on "
                            + "with PATCH /api/v1/tenant (enabled_modules).",
                    "/" + request.getUriInfo().getPath().replaceFirst("^/", ""), null, Map.of()));
        }
    }
}
