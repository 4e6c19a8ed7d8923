package io.flowline.purchasing;

import java.math.BigDecimal;
import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** What arrived for one purchase order line, the lot it went into and the stock movement that booked it. */
@Entity
@NamedQueries({
        @NamedQuery(name = "PurchaseReceiptLine.ofReceipts", query = "SELECT l FROM PurchaseReceiptLine l WHERE l.receiptId IN :receipts ORDER BY l.id"),
        @NamedQuery(name = "PurchaseReceiptLine.countOfLine", query = "SELECT COUNT(l) FROM PurchaseReceiptLine l WHERE l.lineId = :line")
})
@Table(name = "purchase_receipt_lines")
public class PurchaseReceiptLine extends TenantOwned {
    @Column(name = "receipt_id")
    private String receiptId;
    @Column(name = "line_id")
    private String lineId;
    @Column(name = "item_id")
    private String itemId;
    private BigDecimal quantity;
    @Column(name = "lot_id")
    private String lotId;
    @Column(name = "stock_movement_id")
    private String stockMovementId;

    protected PurchaseReceiptLine() {
    }

    PurchaseReceiptLine(String id, String receiptId, String lineId, String itemId, BigDecimal quantity, String lotId, String stockMovementId,
                        Instant now) {
        super(id, now);
        this.receiptId = receiptId;
        this.lineId = lineId;
        this.itemId = itemId;
        this.quantity = quantity;
        this.lotId = lotId;
        this.stockMovementId = stockMovementId;
    }

    public String receiptId() { return receiptId; }
    public String lineId() { return lineId; }
    public String itemId() { return itemId; }
    public BigDecimal quantity() { return quantity; }
    public String lotId() { return lotId; }
    public String stockMovementId() { return stockMovementId; }
}
