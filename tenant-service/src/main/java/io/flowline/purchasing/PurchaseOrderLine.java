package io.flowline.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One item of a purchase order: how many, at what price, expected when, and how many arrived so far. */
@Entity
@NamedQueries({
        @NamedQuery(name = "PurchaseOrderLine.ofOrders", query = "SELECT l FROM PurchaseOrderLine l WHERE l.purchaseOrderId IN :orders ORDER BY l.purchaseOrderId, l.lineNumber"),
        @NamedQuery(name = "PurchaseOrderLine.open", query = "SELECT l FROM PurchaseOrderLine l, PurchaseOrder p WHERE p.id = l.purchaseOrderId AND p.status IN :open ORDER BY l.itemId, l.expectedDate, l.id"),
        @NamedQuery(name = "PurchaseOrderLine.openOfItems", query = "SELECT l FROM PurchaseOrderLine l, PurchaseOrder p WHERE p.id = l.purchaseOrderId AND p.status IN :open AND l.itemId IN :items ORDER BY l.itemId, l.expectedDate, l.id")
})
@Table(name = "purchase_order_lines")
public class PurchaseOrderLine extends TenantOwned {
    @Column(name = "purchase_order_id")
    private String purchaseOrderId;
    @Column(name = "line_number")
    private int lineNumber;
    @Column(name = "item_id")
    private String itemId;
    private BigDecimal quantity;
    @Column(name = "received_quantity")
    private BigDecimal receivedQuantity;
    @Column(name = "unit_price_amount")
    private BigDecimal unitPriceAmount;
    @Column(name = "unit_price_currency")
    private String unitPriceCurrency;
    @Column(name = "expected_date")
    private LocalDate expectedDate;

    protected PurchaseOrderLine() {
    }

    PurchaseOrderLine(String id, String purchaseOrderId, int lineNumber, String itemId, BigDecimal quantity, BigDecimal unitPriceAmount,
                      String unitPriceCurrency, LocalDate expectedDate, Instant now) {
        super(id, now);
        this.purchaseOrderId = purchaseOrderId;
        this.lineNumber = lineNumber;
        this.itemId = itemId;
        this.quantity = quantity;
        this.receivedQuantity = BigDecimal.ZERO;
        this.unitPriceAmount = unitPriceAmount;
        this.unitPriceCurrency = unitPriceCurrency;
        this.expectedDate = expectedDate;
    }

    public String purchaseOrderId() { return purchaseOrderId; }
    public int lineNumber() { return lineNumber; }
    public String itemId() { return itemId; }
    public BigDecimal quantity() { return quantity; }
    public BigDecimal receivedQuantity() { return receivedQuantity; }
    public BigDecimal unitPriceAmount() { return unitPriceAmount; }
    public String unitPriceCurrency() { return unitPriceCurrency; }
    public LocalDate expectedDate() { return expectedDate; }

    /** What is still to come; never negative. */
    public BigDecimal openQuantity() {
        return quantity.subtract(receivedQuantity).max(BigDecimal.ZERO);
    }

    void receive(BigDecimal arrived) { this.receivedQuantity = receivedQuantity.add(arrived); }
    void changeQuantity(BigDecimal quantity) { this.quantity = quantity; }
    void changeExpectedDate(LocalDate date) { this.expectedDate = date; }
}
