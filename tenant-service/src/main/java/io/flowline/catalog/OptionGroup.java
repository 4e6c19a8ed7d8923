package io.flowline.catalog;

import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A choice a configurable product asks for, e.g. "pen colour". */
@Entity
@NamedQueries({
        @NamedQuery(name = "OptionGroup.ofItem", query = "SELECT g FROM OptionGroup g WHERE g.itemId = :item ORDER BY g.lineNumber"),
        @NamedQuery(name = "OptionGroup.byIds", query = "SELECT g FROM OptionGroup g WHERE g.id IN :ids")
})
@Table(name = "option_groups")
public class OptionGroup extends TenantOwned {
    @Column(name = "item_id")
    private String itemId;
    @Column(name = "line_number")
    private int lineNumber;
    private String code;
    private String name;
    private boolean required;

    protected OptionGroup() {
    }

    OptionGroup(String id, String itemId, int lineNumber, String code, String name, boolean required, Instant now) {
        super(id, now);
        this.itemId = itemId;
        this.lineNumber = lineNumber;
        this.code = code;
        this.name = name;
        this.required = required;
    }

    public String itemId() { return itemId; }
    public int lineNumber() { return lineNumber; }
    public String code() { return code; }
    public String name() { return name; }
    public boolean required() { return required; }
}
