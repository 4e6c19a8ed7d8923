package io.flowline.purchasing.rest;

import io.flowline.api.inventory.ReplenishmentApi;
import io.flowline.api.platform.ListPage;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.rest.ModuleRequired;
import io.flowline.purchasing.ReplenishmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(ReplenishmentApi.PATH)
@ModuleRequired(Module.INVENTORY)
@RolesAllowed({"owner", "admin", "planner", "warehouse"})
public class ReplenishmentResource implements ReplenishmentApi {
    @Inject
    ReplenishmentService replenishment;

    @Override
    public Response suggestions(String itemId) {
        return Response.ok(ListPage.of(replenishment.suggestions(itemId).stream().map(PurchasingRepresentations::suggestion).toList(), null))
                .build();
    }
}
