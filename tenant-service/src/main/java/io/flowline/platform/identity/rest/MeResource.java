package io.flowline.platform.identity.rest;

import io.flowline.api.identity.Me;
import io.flowline.api.identity.MeApi;
import io.flowline.platform.identity.MeService;
import io.flowline.platform.tenancy.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(MeApi.PATH)
@RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
public class MeResource implements MeApi {
    @Inject
    MeService me;

    @Override
    public Response get() {
        MeService.Caller caller = me.me();
        Tenant t = caller.tenant();
        Me.Company company = new Me.Company(t.id(), t.name(), t.emailVerified(), t.enabledModules());
        Me body = caller.user() != null
                ? new Me("me", "user", caller.user().id(), caller.user().email(), caller.user().name(), caller.user().role().apiName(),
                        caller.user().language(t.locale()), company)
                : new Me("me", "api_client", caller.client().id(), null, caller.client().name(), caller.client().role().apiName(), t.locale(), company);
        return Response.ok(body).header("Cache-Control", "no-store").build();
    }
}
