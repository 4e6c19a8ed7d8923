package io.flowline.purchasing.rest;

import java.util.List;

import io.flowline.api.inventory.CreatePurchaseOrderRequest;
import io.flowline.api.inventory.CreatePurchaseReceiptRequest;
import io.flowline.api.inventory.CreateSupplierItemRequest;
import io.flowline.api.inventory.CreateSupplierRequest;
import io.flowline.api.inventory.PurchaseOrderLineRequest;
import io.flowline.api.inventory.UpdatePurchaseOrderRequest;
import io.flowline.api.inventory.UpdateSupplierItemRequest;
import io.flowline.api.inventory.UpdateSupplierRequest;
import io.flowline.api.platform.Money;
import io.flowline.purchasing.GoodsReceived;
import io.flowline.purchasing.NewPurchaseOrder;
import io.flowline.purchasing.NewPurchaseOrderLine;
import io.flowline.purchasing.NewSupplier;
import io.flowline.purchasing.NewSupplierItem;
import io.flowline.purchasing.Price;
import io.flowline.purchasing.PurchaseOrderChanges;
import io.flowline.purchasing.SupplierChanges;
import io.flowline.purchasing.SupplierItemChanges;
import io.flowline.stock.rest.StockCommands;

/** The purchasing services' commands from the API's requests, field for field: the services check them. */
final class PurchasingCommands {
    private PurchasingCommands() {
    }

    static NewSupplier supplier(CreateSupplierRequest r) {
        return new NewSupplier(r.code(), r.name(), r.email(), r.phone(), StockCommands.address(r.address()), r.currency(), r.defaultLeadTimeDays());
    }

    static SupplierChanges changes(UpdateSupplierRequest r) {
        return new SupplierChanges(r.name(), r.email(), r.phone(), StockCommands.address(r.address()), r.currency(), r.defaultLeadTimeDays());
    }

    static NewSupplierItem supplierItem(CreateSupplierItemRequest r) {
        return new NewSupplierItem(r.itemId(), r.supplierItemCode(), price(r.unitPrice()), r.leadTimeDays(), r.minimumOrderQuantity(),
                r.orderMultiple(), r.preferred());
    }

    static SupplierItemChanges changes(UpdateSupplierItemRequest r) {
        return new SupplierItemChanges(r.supplierItemCode(), price(r.unitPrice()), r.leadTimeDays(), r.minimumOrderQuantity(), r.orderMultiple(),
                r.preferred());
    }

    static NewPurchaseOrder purchaseOrder(CreatePurchaseOrderRequest r) {
        return new NewPurchaseOrder(r.supplierId(), lines(r.lines()), r.notes(), r.externalReference());
    }

    static PurchaseOrderChanges changes(UpdatePurchaseOrderRequest r) {
        return new PurchaseOrderChanges(lines(r.lines()), r.lineChanges() == null ? null : r.lineChanges().stream()
                .map(c -> new PurchaseOrderChanges.LineChange(c.lineId(), c.quantity(), c.expectedDate())).toList(),
                r.notes(), r.externalReference());
    }

    static GoodsReceived receipt(CreatePurchaseReceiptRequest r) {
        return new GoodsReceived(r.warehouseId(), r.locationId(), r.lines().stream()
                .map(l -> new GoodsReceived.Line(l.lineId(), l.quantity(), l.lotNumber(), l.supplierLot(), l.expiryDate())).toList());
    }

    private static List<NewPurchaseOrderLine> lines(List<PurchaseOrderLineRequest> lines) {
        return lines == null ? null : lines.stream()
                .map(l -> new NewPurchaseOrderLine(l.itemId(), l.quantity(), price(l.unitPrice()), l.expectedDate())).toList();
    }

    private static Price price(Money money) {
        return money == null ? null : new Price(money.amount(), money.currency());
    }
}
