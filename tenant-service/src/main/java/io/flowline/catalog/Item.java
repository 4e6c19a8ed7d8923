package io.flowline.catalog;

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

/** A product, semi-finished part, material or service, with what planning needs to know about it. */
@Entity
@NamedQueries({
        @NamedQuery(name = "Item.byIds", query = "SELECT i FROM Item i WHERE i.id IN :ids"),
        @NamedQuery(name = "Item.byCode", query = "SELECT i FROM Item i WHERE i.code = :code"),
        @NamedQuery(name = "Item.planned", query = "SELECT i.id, i.code, i.makeOrBuy, i.leadTimeDays, i.lotSizingRule, i.fixedOrderQuantity, i.orderPeriods,"
                + " i.minimumOrderQuantity, i.orderMultiple, i.safetyStock, i.standardCostAmount, i.holdingCostRate, i.orderingCostAmount,"
                + " i.unit FROM Item i WHERE i.kind <> :service ORDER BY i.id"),
        @NamedQuery(name = "Item.idsByCode", query = "SELECT i.code, i.id FROM Item i"),
        @NamedQuery(name = "Item.count", query = "SELECT COUNT(i) FROM Item i"),
        @NamedQuery(name = "Item.allByCode", query = "SELECT i FROM Item i ORDER BY i.code")
})
@Table(name = "items")
public class Item extends TenantOwned {
    private String code;
    private String name;
    private String description;
    @Enumerated(EnumType.STRING)
    private ItemKind kind;
    private String unit;
    @Enumerated(EnumType.STRING)
    @Column(name = "make_or_buy")
    private MakeOrBuy makeOrBuy;
    @Column(name = "lead_time_days")
    private int leadTimeDays;
    @Column(name = "standard_cost_amount")
    private BigDecimal standardCostAmount;
    @Column(name = "standard_cost_currency")
    private String standardCostCurrency;
    @Column(name = "sales_price_amount")
    private BigDecimal salesPriceAmount;
    @Column(name = "sales_price_currency")
    private String salesPriceCurrency;
    @Enumerated(EnumType.STRING)
    @Column(name = "lot_sizing_rule")
    private ItemLotSizingRule lotSizingRule;
    @Column(name = "fixed_order_quantity")
    private BigDecimal fixedOrderQuantity;
    @Column(name = "order_periods")
    private Integer orderPeriods;
    @Column(name = "safety_stock")
    private BigDecimal safetyStock;
    @Column(name = "reorder_point")
    private BigDecimal reorderPoint;
    @Column(name = "ordering_cost_amount")
    private BigDecimal orderingCostAmount;
    @Column(name = "ordering_cost_currency")
    private String orderingCostCurrency;
    @Column(name = "holding_cost_rate")
    private BigDecimal holdingCostRate;
    @Column(name = "minimum_order_quantity")
    private BigDecimal minimumOrderQuantity;
    @Column(name = "order_multiple")
    private BigDecimal orderMultiple;
    @Column(name = "lot_tracked")
    private boolean lotTracked;
    @Column(name = "incoming_inspection")
    private boolean incomingInspection;
    /** Work orders issue it by themselves when output is reported, instead of by a material issue. */
    private boolean backflush;
    @Enumerated(EnumType.STRING)
    private CatalogStatus status;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Item() {
    }

    Item(String id, String code, String name, ItemKind kind, Instant now) {
        super(id, now);
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.unit = "pc";
        this.makeOrBuy = kind == ItemKind.MATERIAL ? MakeOrBuy.BUY : MakeOrBuy.MAKE;
        this.lotSizingRule = ItemLotSizingRule.LOT_FOR_LOT;
        this.safetyStock = BigDecimal.ZERO;
        this.status = CatalogStatus.ACTIVE;
        this.updatedAt = now;
    }

    public String code() { return code; }
    public String name() { return name; }
    public String description() { return description; }
    public ItemKind kind() { return kind; }
    public String unit() { return unit; }
    /** The unit with its precision: how finely quantities of the item are counted. */
    public UnitOfMeasure unitOfMeasure() { return UnitOfMeasure.of(unit); }
    public MakeOrBuy makeOrBuy() { return makeOrBuy; }
    public int leadTimeDays() { return leadTimeDays; }
    public BigDecimal standardCostAmount() { return standardCostAmount; }
    public String standardCostCurrency() { return standardCostCurrency; }
    public BigDecimal salesPriceAmount() { return salesPriceAmount; }
    public String salesPriceCurrency() { return salesPriceCurrency; }
    public ItemLotSizingRule lotSizingRule() { return lotSizingRule; }
    public BigDecimal fixedOrderQuantity() { return fixedOrderQuantity; }
    public Integer orderPeriods() { return orderPeriods; }
    public BigDecimal safetyStock() { return safetyStock; }
    public BigDecimal reorderPoint() { return reorderPoint; }
    public BigDecimal orderingCostAmount() { return orderingCostAmount; }
    public String orderingCostCurrency() { return orderingCostCurrency; }
    public BigDecimal holdingCostRate() { return holdingCostRate; }
    public BigDecimal minimumOrderQuantity() { return minimumOrderQuantity; }
    public BigDecimal orderMultiple() { return orderMultiple; }
    public boolean lotTracked() { return lotTracked; }
    /** Received stock goes into quarantine until quality releases it. */
    public boolean incomingInspection() { return incomingInspection; }
    public boolean backflush() { return backflush; }
    public CatalogStatus status() { return status; }
    public Instant updatedAt() { return updatedAt; }

    public boolean archived() {
        return status == CatalogStatus.ARCHIVED;
    }

    void recode(String code) { this.code = code; }
    void rename(String name) { this.name = name; }
    void describe(String description) { this.description = description; }
    void changeKind(ItemKind kind) { this.kind = kind; }
    void changeUnit(String unit) { this.unit = unit; }
    void changeMakeOrBuy(MakeOrBuy makeOrBuy) { this.makeOrBuy = makeOrBuy; }
    void changeLeadTime(int days) { this.leadTimeDays = days; }
    void changeStandardCost(BigDecimal amount, String currency) { this.standardCostAmount = amount; this.standardCostCurrency = currency; }
    void changeSalesPrice(BigDecimal amount, String currency) { this.salesPriceAmount = amount; this.salesPriceCurrency = currency; }
    void changeLotSizingRule(ItemLotSizingRule rule) { this.lotSizingRule = rule; }
    void changeFixedOrderQuantity(BigDecimal quantity) { this.fixedOrderQuantity = quantity; }
    void changeOrderPeriods(Integer periods) { this.orderPeriods = periods; }
    void changeSafetyStock(BigDecimal quantity) { this.safetyStock = quantity; }
    void changeReorderPoint(BigDecimal quantity) { this.reorderPoint = quantity; }
    void changeOrderingCost(BigDecimal amount, String currency) { this.orderingCostAmount = amount; this.orderingCostCurrency = currency; }
    void changeHoldingCostRate(BigDecimal rate) { this.holdingCostRate = rate; }
    void changeMinimumOrderQuantity(BigDecimal quantity) { this.minimumOrderQuantity = quantity; }
    void changeOrderMultiple(BigDecimal quantity) { this.orderMultiple = quantity; }
    void changeLotTracked(boolean tracked) { this.lotTracked = tracked; }
    void changeIncomingInspection(boolean inspected) { this.incomingInspection = inspected; }
    void changeBackflush(boolean backflush) { this.backflush = backflush; }
    void changeStatus(CatalogStatus status) { this.status = status; }
    void touched(Instant at) { this.updatedAt = at; }
}
