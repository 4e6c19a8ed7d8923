package io.flowline.planning.rest;

import io.flowline.api.planning.DeliveryPromise;
import io.flowline.api.planning.DeliveryPromiseRequest;
import io.flowline.api.planning.DeliveryPromisesApi;
import io.flowline.catalog.Item;
import io.flowline.planning.DeliveryPromiseService;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.rest.ModuleRequired;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Delivery promises on the tenant's stock and orders; every role may ask (sales quotes them). */
@RequestScoped
@Path(DeliveryPromisesApi.PATH)
@ModuleRequired(Module.PLANNING)
@RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
public class DeliveryPromisesResource implements DeliveryPromisesApi {
    @Inject
    DeliveryPromiseService promises;

    @Override
    public Response promise(DeliveryPromiseRequest request) {
        DeliveryPromiseService.Promise promise = promises.promise(request.itemId(), request.quantity(),
                request.configuration() == null ? null : request.configuration().choices(), request.warehouseId());
        return Response.ok(new DeliveryPromise("delivery_promise", promise.item().id(), promise.quantity(), promise.earliestDate(),
                promise.limitingComponent().map(DeliveryPromisesResource::component).orElse(null),
                promise.assemblyLeadTimeDays().orElse(null), promise.explanation(),
                promise.lines().stream().map(l -> new DeliveryPromise.Line(l.item().id(), l.item().code(), l.item().name(), l.required(),
                        l.available(), l.shortage(), l.leadTimeDays(), l.date())).toList())).build();
    }

    private static DeliveryPromise.Component component(Item item) {
        return new DeliveryPromise.Component(item.id(), item.code(), item.name());
    }
}
