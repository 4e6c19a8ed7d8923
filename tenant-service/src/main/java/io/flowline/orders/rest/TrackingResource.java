package io.flowline.orders.rest;

import io.flowline.api.orders.TrackingApi;
import io.flowline.orders.OrderTracking;
import io.flowline.platform.problem.rest.ApiProblem;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** No login and no module gate: the ordering customer calls this with the token they were given. */
@RequestScoped
@Path(TrackingApi.PATH)
@PermitAll
public class TrackingResource implements TrackingApi {
    @Inject
    OrderTracking tracking;

    @Override
    @PermitAll
    public Response track(String token) {
        OrderTracking.Tracked tracked = tracking.find(token).orElseThrow(() -> new ApiProblem(404, "not-found", "Not found",
                "No order has this tracking token."));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(OrderRepresentations.tracked(tracked)).cacheControl(noStore).build();
    }
}
