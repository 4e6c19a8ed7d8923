package io.flowline.catalog;

import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The version of one part of an item's structure. A bill of materials, routing or option set is read
 * and replaced as a whole; its version is the ETag, kept apart from the item's so that editing the
 * item's price and replacing its bill do not refuse each other. Replacing bumps it, so two writers
 * that both passed If-Match still cannot both win.
 */
@Entity
@NamedQueries({
        @NamedQuery(name = "ItemStructure.ofPart", query = "SELECT s FROM ItemStructure s WHERE s.itemId = :item AND s.part = :part")
})
@Table(name = "item_structures")
public class ItemStructure extends TenantOwned {
    public enum Part { BOM, ROUTING, OPTIONS }

    @Column(name = "item_id")
    private String itemId;
    @Enumerated(EnumType.STRING)
    private Part part;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ItemStructure() {
    }

    ItemStructure(String id, String itemId, Part part, Instant now) {
        super(id, now);
        this.itemId = itemId;
        this.part = part;
        this.updatedAt = now;
    }

    public String itemId() { return itemId; }
    public Part part() { return part; }
    public Instant updatedAt() { return updatedAt; }

    void touched(Instant at) { this.updatedAt = at; }
}
