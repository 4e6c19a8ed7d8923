package io.flowline.stock;

import java.math.BigDecimal;
import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One leg of the append-only stock ledger: inserted once, never changed (it has no mutators). */
@Entity
@NamedQueries({
        @NamedQuery(name = "StockMovement.ofPosting", query = "SELECT m FROM StockMovement m WHERE m.postingId = :posting ORDER BY m.id"),
        @NamedQuery(name = "StockMovement.issuedFor", query = "SELECT m FROM StockMovement m WHERE m.kind = :issue AND m.referenceType = :type AND m.referenceId = :id ORDER BY m.id"),
        @NamedQuery(name = "StockMovement.issuedBetween", query = "SELECT m.itemId, m.quantity, m.createdAt FROM StockMovement m WHERE m.kind = :issue AND m.createdAt >= :from AND m.createdAt < :to")
})
@Table(name = "stock_movements")
public class StockMovement extends TenantOwned {
    @Column(name = "posting_id")
    private String postingId;
    @Enumerated(EnumType.STRING)
    private MovementKind kind;
    @Column(name = "item_id")
    private String itemId;
    private BigDecimal quantity;
    private String unit;
    @Column(name = "warehouse_id")
    private String warehouseId;
    @Column(name = "location_id")
    private String locationId;
    @Column(name = "lot_id")
    private String lotId;
    @Column(name = "balance_id")
    private String balanceId;
    private String reason;
    @Column(name = "reference_type")
    private String referenceType;
    @Column(name = "reference_id")
    private String referenceId;
    @Column(name = "reservation_id")
    private String reservationId;
    @Column(name = "value_amount")
    private BigDecimal valueAmount;
    @Column(name = "value_currency")
    private String valueCurrency;
    @Column(name = "actor_type")
    private String actorType;
    @Column(name = "actor_id")
    private String actorId;

    protected StockMovement() {
    }

    /** What a leg says besides where it lands; shared by the legs of one posting. */
    record Header(String postingId, MovementKind kind, String unit, String reason, String referenceType, String referenceId,
                  String reservationId, BigDecimal standardCost, String costCurrency, String actorType, String actorId, Instant at) {
    }

    StockMovement(String id, Header header, StockBalance balance, BigDecimal signedQuantity) {
        super(id, header.at());
        this.postingId = header.postingId();
        this.kind = header.kind();
        this.itemId = balance.itemId();
        this.quantity = signedQuantity;
        this.unit = header.unit();
        this.warehouseId = balance.warehouseId();
        this.locationId = balance.locationId();
        this.lotId = balance.lotId();
        this.balanceId = balance.id();
        this.reason = header.reason();
        this.referenceType = header.referenceType();
        this.referenceId = header.referenceId();
        this.reservationId = header.reservationId();
        if (header.standardCost() != null) {
            this.valueAmount = StockValue.of(signedQuantity, header.standardCost());
            this.valueCurrency = header.costCurrency();
        }
        this.actorType = header.actorType();
        this.actorId = header.actorId();
    }

    public String postingId() { return postingId; }
    public MovementKind kind() { return kind; }
    public String itemId() { return itemId; }
    public BigDecimal quantity() { return quantity; }
    public String unit() { return unit; }
    public String warehouseId() { return warehouseId; }
    public String locationId() { return locationId; }
    public String lotId() { return lotId; }
    public String balanceId() { return balanceId; }
    public String reason() { return reason; }
    public String referenceType() { return referenceType; }
    public String referenceId() { return referenceId; }
    public String reservationId() { return reservationId; }
    /** Signed like the quantity, so the ledger's sum is the change in stock value. */
    public BigDecimal valueAmount() { return valueAmount; }
    public String valueCurrency() { return valueCurrency; }
    public String actorType() { return actorType; }
    public String actorId() { return actorId; }
}
