package io.flowline.stock.rest;

import java.util.List;

import io.flowline.api.inventory.Address;
import io.flowline.api.inventory.CreateLotRequest;
import io.flowline.api.inventory.CreateReservationRequest;
import io.flowline.api.inventory.CreateStockCountRequest;
import io.flowline.api.inventory.CreateStorageLocationRequest;
import io.flowline.api.inventory.CreateWarehouseRequest;
import io.flowline.api.inventory.PostStockMovementRequest;
import io.flowline.api.inventory.RecordStockCountRequest;
import io.flowline.api.inventory.UpdateLotRequest;
import io.flowline.api.inventory.UpdateWarehouseRequest;
import io.flowline.stock.CountedStock;
import io.flowline.stock.LotChanges;
import io.flowline.stock.NewLot;
import io.flowline.stock.NewReservation;
import io.flowline.stock.NewStockCount;
import io.flowline.stock.NewStockMovement;
import io.flowline.stock.NewStorageLocation;
import io.flowline.stock.NewWarehouse;
import io.flowline.stock.PostalAddress;
import io.flowline.stock.WarehouseChanges;

/** The stock services' commands from the API's requests, field for field: the services check them. */
public final class StockCommands {
    private StockCommands() {
    }

    public static PostalAddress address(Address address) {
        return address == null ? null : new PostalAddress(address.line1(), address.line2(), address.postalCode(), address.city(), address.country());
    }

    static NewWarehouse warehouse(CreateWarehouseRequest r) {
        return new NewWarehouse(r.code(), r.name(), address(r.address()));
    }

    static WarehouseChanges changes(UpdateWarehouseRequest r) {
        return new WarehouseChanges(r.name(), address(r.address()));
    }

    static NewStorageLocation location(CreateStorageLocationRequest r) {
        return new NewStorageLocation(r.code(), r.description());
    }

    static NewLot lot(CreateLotRequest r) {
        return new NewLot(r.itemId(), r.number(), r.expiryDate(), r.supplierLot(), r.status());
    }

    static LotChanges changes(UpdateLotRequest r) {
        return new LotChanges(r.status(), r.expiryDate(), r.supplierLot());
    }

    static NewReservation reservation(CreateReservationRequest r) {
        return new NewReservation(r.itemId(), r.warehouseId(), r.lotId(), r.quantity(), r.reference().type(), r.reference().id());
    }

    static NewStockMovement movement(PostStockMovementRequest r) {
        return new NewStockMovement(r.kind(), r.itemId(), r.quantity(), r.unit(), r.warehouseId(), r.locationId(), r.lotId(),
                r.toWarehouseId(), r.toLocationId(), r.reservationId(), r.reason(),
                r.reference() == null ? null : r.reference().type(), r.reference() == null ? null : r.reference().id());
    }

    static NewStockCount count(CreateStockCountRequest r) {
        return new NewStockCount(r.warehouseId(), r.itemIds(), r.locationIds());
    }

    static List<CountedStock> counted(RecordStockCountRequest r) {
        return r.lines().stream().map(c -> new CountedStock(c.lineId(), c.itemId(), c.locationId(), c.lotId(), c.countedQuantity())).toList();
    }
}
