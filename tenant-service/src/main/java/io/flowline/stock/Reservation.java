package io.flowline.stock;

import java.math.BigDecimal;
import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Stock promised to an order line or work order; its allocations say which balance rows hold it. */
@Entity
@NamedQuery(name = "Reservation.openByReference", query = "SELECT r.referenceId, r.itemId, SUM(r.openQuantity) FROM Reservation r WHERE r.referenceType = :type AND r.status = :open GROUP BY r.referenceId, r.itemId")
@NamedQuery(name = "Reservation.openOfReferences", query = "SELECT r FROM Reservation r WHERE r.referenceType = :type AND r.referenceId IN :references AND r.status = :open ORDER BY r.referenceId, r.id")
@Table(name = "reservations")
public class Reservation extends TenantOwned {
    @Column(name = "item_id")
    private String itemId;
    @Column(name = "warehouse_id")
    private String warehouseId;
    @Column(name = "lot_id")
    private String lotId;
    private BigDecimal quantity;
    @Column(name = "open_quantity")
    private BigDecimal openQuantity;
    @Enumerated(EnumType.STRING)
    private ReservationStatus status;
    @Column(name = "reference_type")
    private String referenceType;
    @Column(name = "reference_id")
    private String referenceId;

    protected Reservation() {
    }

    Reservation(String id, String itemId, String warehouseId, String lotId, BigDecimal quantity, String referenceType, String referenceId,
                Instant now) {
        super(id, now);
        this.itemId = itemId;
        this.warehouseId = warehouseId;
        this.lotId = lotId;
        this.quantity = quantity;
        this.openQuantity = quantity;
        this.status = ReservationStatus.OPEN;
        this.referenceType = referenceType;
        this.referenceId = referenceId;
    }

    public String itemId() { return itemId; }
    public String warehouseId() { return warehouseId; }
    public String lotId() { return lotId; }
    public BigDecimal quantity() { return quantity; }
    public BigDecimal openQuantity() { return openQuantity; }
    public ReservationStatus status() { return status; }
    public String referenceType() { return referenceType; }
    public String referenceId() { return referenceId; }

    void consume(BigDecimal issued) {
        this.openQuantity = openQuantity.subtract(issued);
        if (openQuantity.signum() == 0) {
            this.status = ReservationStatus.CONSUMED;
        }
    }

    void cancel() {
        this.openQuantity = BigDecimal.ZERO;
        this.status = ReservationStatus.CANCELLED;
    }
}
