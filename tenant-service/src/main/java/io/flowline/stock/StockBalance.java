package io.flowline.stock;

import java.math.BigDecimal;
import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * On hand and reserved of one item in one warehouse, storage location and lot: derived from the
 * ledger, changed only by {@link StockLedger} while it holds this row's pessimistic lock, and always
 * {@code 0 <= reserved <= on_hand}.
 */
@Entity
@NamedQueries({
        @NamedQuery(name = "StockBalance.byKey", query = "SELECT b FROM StockBalance b WHERE b.balanceKey = :key"),
        @NamedQuery(name = "StockBalance.idsByKey", query = "SELECT b.balanceKey, b.id FROM StockBalance b WHERE b.balanceKey IN :keys"),
        @NamedQuery(name = "StockBalance.idsOfItem", query = "SELECT b.id FROM StockBalance b WHERE b.itemId = :item"),
        @NamedQuery(name = "StockBalance.idsInWarehouse", query = "SELECT b.id FROM StockBalance b WHERE b.itemId = :item AND b.warehouseId = :warehouse"),
        @NamedQuery(name = "StockBalance.withStockOfItems", query = "SELECT b FROM StockBalance b WHERE b.itemId IN :items AND b.onHand > 0 ORDER BY b.id"),
        @NamedQuery(name = "StockBalance.idsOfLotInWarehouse", query = "SELECT b.id FROM StockBalance b WHERE b.itemId = :item AND b.warehouseId = :warehouse AND b.lotId = :lot")
})
@Table(name = "stock_balances")
public class StockBalance extends TenantOwned {
    @Column(name = "balance_key")
    private String balanceKey;
    @Column(name = "item_id")
    private String itemId;
    @Column(name = "warehouse_id")
    private String warehouseId;
    @Column(name = "location_id")
    private String locationId;
    @Column(name = "lot_id")
    private String lotId;
    @Column(name = "on_hand")
    private BigDecimal onHand;
    private BigDecimal reserved;

    protected StockBalance() {
    }

    StockBalance(String id, String itemId, String warehouseId, String locationId, String lotId, Instant now) {
        super(id, now);
        this.balanceKey = key(itemId, warehouseId, locationId, lotId);
        this.itemId = itemId;
        this.warehouseId = warehouseId;
        this.locationId = locationId;
        this.lotId = lotId;
        this.onHand = BigDecimal.ZERO;
        this.reserved = BigDecimal.ZERO;
    }

    /** Unique per item x warehouse x location x lot, also where location or lot is absent. */
    static String key(String itemId, String warehouseId, String locationId, String lotId) {
        return itemId + "/" + warehouseId + "/" + (locationId == null ? "-" : locationId) + "/" + (lotId == null ? "-" : lotId);
    }

    public String balanceKey() { return balanceKey; }
    public String itemId() { return itemId; }
    public String warehouseId() { return warehouseId; }
    public String locationId() { return locationId; }
    public String lotId() { return lotId; }
    public BigDecimal onHand() { return onHand; }
    public BigDecimal reserved() { return reserved; }

    public BigDecimal available() {
        return onHand.subtract(reserved);
    }

    void changeOnHand(BigDecimal delta) {
        BigDecimal next = onHand.add(delta);
        if (next.signum() < 0 || next.compareTo(reserved) < 0) {
            throw new IllegalStateException("balance " + id() + " would break 0 <= reserved <= on_hand");
        }
        this.onHand = next;
    }

    void changeReserved(BigDecimal delta) {
        BigDecimal next = reserved.add(delta);
        if (next.signum() < 0 || next.compareTo(onHand) > 0) {
            throw new IllegalStateException("balance " + id() + " would break 0 <= reserved <= on_hand");
        }
        this.reserved = next;
    }

    /** Issuing reserved stock: both fall together. */
    void consumeReserved(BigDecimal quantity) {
        if (quantity.compareTo(reserved) > 0 || quantity.compareTo(onHand) > 0) {
            throw new IllegalStateException("balance " + id() + " would break 0 <= reserved <= on_hand");
        }
        this.reserved = reserved.subtract(quantity);
        this.onHand = onHand.subtract(quantity);
    }
}
