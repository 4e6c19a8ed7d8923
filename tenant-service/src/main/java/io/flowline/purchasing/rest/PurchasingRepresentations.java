package io.flowline.purchasing.rest;

import static io.flowline.platform.json.Decimals.plain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.flowline.api.platform.Money;
import io.flowline.catalog.Item;
import io.flowline.purchasing.PurchaseOrder;
import io.flowline.purchasing.PurchaseOrderLine;
import io.flowline.purchasing.PurchaseOrderService;
import io.flowline.purchasing.PurchaseReceiptLine;
import io.flowline.purchasing.PurchaseReceiptService;
import io.flowline.purchasing.ReplenishmentService;
import io.flowline.purchasing.SupplierItem;
import io.flowline.stock.Lot;

/** Purchasing objects as the API shows them. */
final class PurchasingRepresentations {
    private PurchasingRepresentations() {
    }

    static io.flowline.api.inventory.SupplierItem supplierItem(SupplierItem s, Item item) {
        return new io.flowline.api.inventory.SupplierItem(s.id(), "supplier_item", s.supplierId(), s.itemId(), item == null ? null : item.code(),
                s.supplierItemCode(), money(s.unitPriceAmount(), s.unitPriceCurrency()), s.leadTimeDays(), plain(s.minimumOrderQuantity()),
                plain(s.orderMultiple()), s.preferred(), s.createdAt(), s.version());
    }

    static io.flowline.api.inventory.PurchaseOrder purchaseOrder(PurchaseOrder o, List<PurchaseOrderLine> lines, Map<String, Item> items) {
        boolean open = o.status().open();
        List<io.flowline.api.inventory.PurchaseOrder.Line> shown = lines.stream().map(l -> {
            Item item = items.get(l.itemId());
            return new io.flowline.api.inventory.PurchaseOrder.Line(l.id(), l.lineNumber(), l.itemId(), item == null ? null : item.code(),
                    plain(l.quantity()), item == null ? null : item.unit(), money(l.unitPriceAmount(), l.unitPriceCurrency()), l.expectedDate(),
                    plain(l.receivedQuantity()), open ? plain(l.openQuantity()) : BigDecimal.ZERO);
        }).toList();
        return new io.flowline.api.inventory.PurchaseOrder(o.id(), "purchase_order", o.number(), o.supplierId(), o.status().apiName(),
                PurchaseOrderService.allowedActions(o), shown, money(PurchaseOrderService.total(lines), o.currency()), o.notes(),
                o.externalReference(), o.createdAt(), o.updatedAt(), o.version());
    }

    static io.flowline.api.inventory.PurchaseReceipt receipt(PurchaseReceiptService.Receipt r, Map<String, Lot> lots) {
        List<io.flowline.api.inventory.PurchaseReceipt.Line> lines = r.lines().stream().map((PurchaseReceiptLine l) -> {
            Lot lot = l.lotId() == null ? null : lots.get(l.lotId());
            return new io.flowline.api.inventory.PurchaseReceipt.Line(l.lineId(), l.itemId(), plain(l.quantity()), l.lotId(),
                    lot == null ? null : lot.status().apiName(), l.stockMovementId());
        }).toList();
        return new io.flowline.api.inventory.PurchaseReceipt(r.receipt().id(), "purchase_receipt", r.receipt().purchaseOrderId(),
                r.receipt().warehouseId(), r.receipt().locationId(), lines, r.receipt().actorId(), r.receipt().createdAt());
    }

    static io.flowline.api.inventory.ReplenishmentSuggestion suggestion(ReplenishmentService.Suggestion s) {
        SupplierItem terms = s.terms();
        return new io.flowline.api.inventory.ReplenishmentSuggestion("replenishment_suggestion", s.item().id(), s.item().code(), s.item().unit(),
                plain(s.available()), plain(s.onOrder()), plain(s.reorderPoint()), s.ownReorderPoint() ? "item" : "demand", plain(s.safetyStock()),
                plain(s.averageDailyDemand()), s.leadTimeDays(), s.sizing().apiName(), plain(s.economicOrderQuantity()), plain(s.quantity()),
                terms == null ? null : terms.supplierId(), terms == null ? null : money(terms.unitPriceAmount(), terms.unitPriceCurrency()),
                s.expectedDate());
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(plain(amount), currency);
    }

}
