package io.flowline.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One line of an order; lines are replaced as a whole when an order's lines change. */
@Entity
@Table(name = "order_lines")
@NamedQuery(name = "OrderLine.ofOrders", query = "SELECT l FROM OrderLine l WHERE l.orderId IN :orders ORDER BY l.orderId, l.lineNumber")
public class OrderLine extends TenantOwned {
    @Column(name = "order_id")
    private String orderId;
    @Column(name = "line_number")
    private int lineNumber;
    @Column(name = "item_id")
    private String itemId;
    /** The chosen option per option group, as JSON text; null for an item without options. */
    private String configuration;
    private BigDecimal quantity;
    @Column(name = "unit_price_amount")
    private BigDecimal unitPriceAmount;
    @Column(name = "unit_price_currency")
    private String unitPriceCurrency;
    @Column(name = "requested_date")
    private LocalDate requestedDate;
    /** What has left the building for this line, by ship; what is reserved for it is the open quantity of its reservations. */
    @Column(name = "shipped_quantity")
    private BigDecimal shippedQuantity = BigDecimal.ZERO;
    /** What the customer sent back of what shipped. */
    @Column(name = "returned_quantity")
    private BigDecimal returnedQuantity = BigDecimal.ZERO;
    /** The warehouse the line last shipped from: where a return goes when none is named. */
    @Column(name = "shipped_from_warehouse_id")
    private String shippedFromWarehouseId;

    protected OrderLine() {
    }

    OrderLine(String id, String orderId, int lineNumber, String itemId, String configuration, BigDecimal quantity,
              BigDecimal unitPriceAmount, String unitPriceCurrency, LocalDate requestedDate, Instant now) {
        super(id, now);
        this.orderId = orderId;
        this.lineNumber = lineNumber;
        this.itemId = itemId;
        this.configuration = configuration;
        this.quantity = quantity;
        this.unitPriceAmount = unitPriceAmount;
        this.unitPriceCurrency = unitPriceCurrency;
        this.requestedDate = requestedDate;
    }

    public String orderId() { return orderId; }
    public int lineNumber() { return lineNumber; }
    public String itemId() { return itemId; }
    public String configurationJson() { return configuration; }
    public BigDecimal quantity() { return quantity; }
    public BigDecimal unitPriceAmount() { return unitPriceAmount; }
    public String unitPriceCurrency() { return unitPriceCurrency; }
    public LocalDate requestedDate() { return requestedDate; }
    public BigDecimal shippedQuantity() { return shippedQuantity; }
    public BigDecimal returnedQuantity() { return returnedQuantity; }
    public String shippedFromWarehouseId() { return shippedFromWarehouseId; }

    /** What is still to ship: ordered less shipped (a return does not reopen the line). */
    public BigDecimal toShip() {
        return quantity.subtract(shippedQuantity).max(BigDecimal.ZERO);
    }

    /** What can still come back: shipped less returned. */
    public BigDecimal returnable() {
        return shippedQuantity.subtract(returnedQuantity);
    }

    void ship(BigDecimal shipped, String warehouseId) {
        this.shippedQuantity = shippedQuantity.add(shipped);
        if (warehouseId != null) {
            this.shippedFromWarehouseId = warehouseId;
        }
    }

    void takeBack(BigDecimal returned) {
        this.returnedQuantity = returnedQuantity.add(returned);
    }

    /** Quantity times unit price, to the 4 decimal places money is kept in. */
    public BigDecimal total() {
        return quantity.multiply(unitPriceAmount).setScale(4, java.math.RoundingMode.HALF_EVEN);
    }
}
