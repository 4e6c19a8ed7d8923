package io.flowline.stock;

import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A place that holds stock. Archived rather than deleted, because movements refer to it. */
@Entity
@NamedQueries({
        @NamedQuery(name = "Warehouse.idsByCode", query = "SELECT w.id FROM Warehouse w WHERE w.code = :code"),
        @NamedQuery(name = "Warehouse.active", query = "SELECT w FROM Warehouse w WHERE w.archived = false ORDER BY w.id"),
        @NamedQuery(name = "Warehouse.byIds", query = "SELECT w FROM Warehouse w WHERE w.id IN :ids")
})
@Table(name = "warehouses")
public class Warehouse extends TenantOwned {
    private String code;
    private String name;
    @Embedded
    private PostalAddress address;
    private boolean archived;

    protected Warehouse() {
    }

    public Warehouse(String id, String code, String name, PostalAddress address, Instant now) {
        super(id, now);
        this.code = code;
        this.name = name;
        this.address = address;
    }

    public String code() { return code; }
    public String name() { return name; }
    public PostalAddress address() { return address; }
    public boolean archived() { return archived; }

    void rename(String name) { this.name = name; }
    void moveTo(PostalAddress address) { this.address = address; }
    void archive() { this.archived = true; }
}
