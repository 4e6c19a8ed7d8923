package io.flowline.purchasing;

import java.math.BigDecimal;
import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** What one supplier asks for one item: its code, price, lead time and order quantities. */
@Entity
@NamedQueries({
        @NamedQuery(name = "SupplierItem.ofSupplierAndItem", query = "SELECT s FROM SupplierItem s WHERE s.supplierId = :supplier AND s.itemId = :item"),
        @NamedQuery(name = "SupplierItem.preferred", query = "SELECT s FROM SupplierItem s WHERE s.preferredItemId IS NOT NULL"),
        @NamedQuery(name = "SupplierItem.preferredOfItem", query = "SELECT s FROM SupplierItem s WHERE s.preferredItemId = :item")
})
@Table(name = "supplier_items")
public class SupplierItem extends TenantOwned {
    @Column(name = "supplier_id")
    private String supplierId;
    @Column(name = "item_id")
    private String itemId;
    @Column(name = "supplier_item_code")
    private String supplierItemCode;
    @Column(name = "unit_price_amount")
    private BigDecimal unitPriceAmount;
    @Column(name = "unit_price_currency")
    private String unitPriceCurrency;
    @Column(name = "lead_time_days")
    private Integer leadTimeDays;
    @Column(name = "minimum_order_quantity")
    private BigDecimal minimumOrderQuantity;
    @Column(name = "order_multiple")
    private BigDecimal orderMultiple;
    /** The item id while this is the item's preferred supplier: the unique key then allows only one. */
    @Column(name = "preferred_item_id")
    private String preferredItemId;

    protected SupplierItem() {
    }

    SupplierItem(String id, String supplierId, String itemId, Instant now) {
        super(id, now);
        this.supplierId = supplierId;
        this.itemId = itemId;
    }

    public String supplierId() { return supplierId; }
    public String itemId() { return itemId; }
    public String supplierItemCode() { return supplierItemCode; }
    public BigDecimal unitPriceAmount() { return unitPriceAmount; }
    public String unitPriceCurrency() { return unitPriceCurrency; }
    public Integer leadTimeDays() { return leadTimeDays; }
    public BigDecimal minimumOrderQuantity() { return minimumOrderQuantity; }
    public BigDecimal orderMultiple() { return orderMultiple; }
    public boolean preferred() { return preferredItemId != null; }

    void recode(String code) { this.supplierItemCode = code; }
    void price(BigDecimal amount, String currency) { this.unitPriceAmount = amount; this.unitPriceCurrency = currency; }
    void deliverWithin(Integer days) { this.leadTimeDays = days; }
    void orderAtLeast(BigDecimal minimum) { this.minimumOrderQuantity = minimum; }
    void orderInMultiplesOf(BigDecimal multiple) { this.orderMultiple = multiple; }
    void prefer(boolean preferred) { this.preferredItemId = preferred ? itemId : null; }
}
