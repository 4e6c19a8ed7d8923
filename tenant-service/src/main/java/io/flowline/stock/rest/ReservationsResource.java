package io.flowline.stock.rest;

import java.net.URI;

import io.flowline.api.inventory.CreateReservationRequest;
import io.flowline.api.inventory.ReservationsApi;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.pagination.rest.ListPages;
import io.flowline.platform.tenancy.Module;
import io.flowline.platform.tenancy.rest.ModuleRequired;
import io.flowline.stock.Reservation;
import io.flowline.stock.ReservationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(ReservationsApi.PATH)
@ModuleRequired(Module.INVENTORY)
@RolesAllowed({"owner", "admin", "warehouse", "sales", "planner"})
public class ReservationsResource implements ReservationsApi {
    @Inject
    ReservationService reservations;

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response list(Integer limit, String cursor, String itemId, String warehouseId, String status) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, reservations.list(page, itemId, warehouseId, status), Reservation::id, this::representation)).build();
    }

    @Override
    public Response create(CreateReservationRequest request) {
        Reservation reservation = reservations.create(StockCommands.reservation(request));
        return Response.created(URI.create(PATH + "/" + reservation.id())).entity(representation(reservation)).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response get(String id) {
        return Response.ok(representation(reservations.get(id))).build();
    }

    @Override
    public Response cancel(String id) {
        return Response.ok(representation(reservations.cancel(id))).build();
    }

    private io.flowline.api.inventory.Reservation representation(Reservation reservation) {
        return StockRepresentations.reservation(reservation, reservations.unitOf(reservation));
    }
}
