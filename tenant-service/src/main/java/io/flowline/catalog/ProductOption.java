package io.flowline.catalog;

import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One alternative of an option group, e.g. "blue"; its components are bill-of-materials lines with its id. */
@Entity
@NamedQueries({
        @NamedQuery(name = "ProductOption.ofItem", query = "SELECT o FROM ProductOption o WHERE o.itemId = :item ORDER BY o.lineNumber"),
        @NamedQuery(name = "ProductOption.byIds", query = "SELECT o FROM ProductOption o WHERE o.id IN :ids")
})
@Table(name = "product_options")
public class ProductOption extends TenantOwned {
    @Column(name = "item_id")
    private String itemId;
    @Column(name = "group_id")
    private String groupId;
    @Column(name = "line_number")
    private int lineNumber;
    private String code;
    private String name;

    protected ProductOption() {
    }

    ProductOption(String id, String itemId, String groupId, int lineNumber, String code, String name, Instant now) {
        super(id, now);
        this.itemId = itemId;
        this.groupId = groupId;
        this.lineNumber = lineNumber;
        this.code = code;
        this.name = name;
    }

    public String itemId() { return itemId; }
    public String groupId() { return groupId; }
    public int lineNumber() { return lineNumber; }
    public String code() { return code; }
    public String name() { return name; }
}
