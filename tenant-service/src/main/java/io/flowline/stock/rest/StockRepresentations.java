package io.flowline.stock.rest;

import static io.flowline.platform.json.Decimals.plain;

import java.math.BigDecimal;
import java.util.List;

import io.flowline.api.inventory.StockReference;
import io.flowline.api.inventory.StockValuation;
import io.flowline.api.platform.Money;
import io.flowline.stock.Lot;
import io.flowline.stock.Reservation;
import io.flowline.stock.StockCount;
import io.flowline.stock.StockCountLine;
import io.flowline.stock.StockCountService;
import io.flowline.stock.StockLevelService;
import io.flowline.stock.StockMovement;
import io.flowline.stock.StockValuationService;

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

    static StockValuation valuation(List<StockValuationService.WarehouseValue> values) {
        return new StockValuation("stock_valuation", values.stream().map(w -> new StockValuation.WarehouseValuation(w.warehouse().id(),
                w.warehouse().code(), w.totals().entrySet().stream().map(t -> new Money(t.getValue(), t.getKey())).toList(),
                w.lines().stream().map(l -> new StockValuation.ItemValuation(l.item().id(), l.item().code(), plain(l.quantity()), l.item().unit(),
                        money(l.item().standardCostAmount(), l.item().standardCostCurrency()),
                        money(l.value(), l.item().standardCostCurrency()))).toList())).toList());
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(plain(amount), currency);
    }
}
