package io.flowline.production;

import java.math.BigDecimal;
import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One component on a released work order's material list: what the order needs of it with scrap, what has been issued,
 * and the stock ledger's reservation holding what was available for it.
 */
@Entity
@Table(name = "work_order_materials")
@NamedQuery(name = "WorkOrderMaterial.ofWorkOrder", query = "SELECT m FROM WorkOrderMaterial m WHERE m.workOrderId = :order ORDER BY m.lineNumber")
public class WorkOrderMaterial extends TenantOwned {
    @Column(name = "work_order_id")
    private String workOrderId;
    @Column(name = "line_number")
    private int lineNumber;
    @Column(name = "item_id")
    private String itemId;
    @Column(name = "quantity_per")
    private BigDecimal quantityPer;
    @Column(name = "scrap_factor")
    private BigDecimal scrapFactor;
    @Column(name = "required_quantity")
    private BigDecimal requiredQuantity;
    private String unit;
    @Column(name = "issued_quantity")
    private BigDecimal issuedQuantity;
    private boolean backflush;
    /** The good output this line's backflushes have covered so far, so each report issues only its own share. */
    @Column(name = "backflushed_good")
    private BigDecimal backflushedGood;
    @Column(name = "reservation_id")
    private String reservationId;

    protected WorkOrderMaterial() {
    }

    WorkOrderMaterial(String id, String workOrderId, int lineNumber, String itemId, BigDecimal quantityPer, BigDecimal scrapFactor,
                      BigDecimal requiredQuantity, String unit, boolean backflush, String reservationId, Instant now) {
        super(id, now);
        this.workOrderId = workOrderId;
        this.lineNumber = lineNumber;
        this.itemId = itemId;
        this.quantityPer = quantityPer;
        this.scrapFactor = scrapFactor;
        this.requiredQuantity = requiredQuantity;
        this.unit = unit;
        this.issuedQuantity = BigDecimal.ZERO;
        this.backflush = backflush;
        this.backflushedGood = BigDecimal.ZERO;
        this.reservationId = reservationId;
    }

    public String workOrderId() { return workOrderId; }
    public int lineNumber() { return lineNumber; }
    public String itemId() { return itemId; }
    public BigDecimal quantityPer() { return quantityPer; }
    public BigDecimal scrapFactor() { return scrapFactor; }
    public BigDecimal requiredQuantity() { return requiredQuantity; }
    public String unit() { return unit; }
    public BigDecimal issuedQuantity() { return issuedQuantity; }
    public boolean backflush() { return backflush; }
    public BigDecimal backflushedGood() { return backflushedGood; }
    public String reservationId() { return reservationId; }

    /** What is still to be issued; nothing once as much as required (or more) has been. */
    public BigDecimal remainingQuantity() {
        BigDecimal remaining = requiredQuantity.subtract(issuedQuantity);
        return remaining.signum() > 0 ? remaining : BigDecimal.ZERO;
    }

    void issued(BigDecimal quantity) { this.issuedQuantity = issuedQuantity.add(quantity); }
    void backflushedFor(BigDecimal good) { this.backflushedGood = backflushedGood.add(good); }
    void reservedAs(String reservationId) { this.reservationId = reservationId; }
}
