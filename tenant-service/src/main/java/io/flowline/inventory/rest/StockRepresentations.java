package io.flowline.inventory.rest;

import static io.flowline.platform.json.Decimals.plain;

import java.math.BigDecimal;

import io.flowline.api.inventory.StockReference;
import io.flowline.api.platform.Money;
import io.flowline.inventory.Lot;
import io.flowline.inventory.Reservation;
import io.flowline.inventory.StockCount;
import io.flowline.inventory.StockCountLine;
import io.flowline.inventory.StockCountService;
import io.flowline.inventory.StockLevelService;
import io.flowline.inventory.StockMovement;

/** Stock objects as the API shows them. */
final class StockRepresentations {
    private StockRepresentations() {
    }

    static io.flowline.api.inventory.StockMovement movement(StockMovement m) {
        Money value = m.valueAmount() == null ? null : new Money(m.valueAmount().abs(), m.valueCurrency());
        return new io.flowline.api.inventory.StockMovement(m.id(), "stock_movement", m.postingId(), m.kind().apiName(), m.itemId(),
                plain(m.quantity()), m.unit(), m.warehouseId(), m.locationId(), m.lotId(), m.reason(), reference(m.referenceType(), m.referenceId()),
                m.reservationId(), value, m.actorId(), m.createdAt());
    }

    static StockReference reference(String type, String id) {
        return type == null ? null : new StockReference(type, id);
    }

    static io.flowline.api.inventory.Lot lot(Lot l) {
        return new io.flowline.api.inventory.Lot(l.id(), "lot", l.itemId(), l.number(), l.expiryDate(), l.supplierLot(), l.status().apiName(),
                l.createdAt(), l.version());
    }

    static io.flowline.api.inventory.Reservation reservation(Reservation r, String unit) {
        return new io.flowline.api.inventory.Reservation(r.id(), "reservation", r.itemId(), r.warehouseId(), r.lotId(), plain(r.quantity()),
                plain(r.openQuantity()), unit, r.status().apiName(), reference(r.referenceType(), r.referenceId()), r.createdAt(), r.version());
    }

    static io.flowline.api.inventory.StockLevel level(StockLevelService.Level l) {
        BigDecimal available = l.available();
        return new io.flowline.api.inventory.StockLevel("stock_level", l.itemId(), l.warehouseId(), l.lotId(), l.unit(), plain(l.onHand()), plain(l.reserved()),
                plain(available), l.valueAmount() == null ? null : new Money(l.valueAmount(), l.valueCurrency()));
    }

    static io.flowline.api.inventory.StockCount count(StockCountService.Summary summary) {
        StockCount c = summary.count();
        return new io.flowline.api.inventory.StockCount(c.id(), "stock_count", c.warehouseId(), c.status().apiName(), summary.lineCount(),
                summary.countedLineCount(), c.postingId(), c.postedAt(), c.createdAt(), c.version());
    }

    static io.flowline.api.inventory.StockCountLine countLine(StockCountLine l, String unit) {
        return new io.flowline.api.inventory.StockCountLine(l.id(), "stock_count_line", l.countId(), l.itemId(), l.locationId(), l.lotId(), unit,
                plain(l.expected()), plain(l.counted()), plain(l.difference()));
    }
}
