package io.flowline.stock;

import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A bin or shelf inside a warehouse. */
@Entity
@NamedQuery(name = "StorageLocation.idsByCode", query = "SELECT l.id FROM StorageLocation l WHERE l.warehouseId = :warehouse AND l.code = :code")
@Table(name = "storage_locations")
public class StorageLocation extends TenantOwned {
    @Column(name = "warehouse_id")
    private String warehouseId;
    private String code;
    private String description;

    protected StorageLocation() {
    }

    public StorageLocation(String id, String warehouseId, String code, String description, Instant now) {
        super(id, now);
        this.warehouseId = warehouseId;
        this.code = code;
        this.description = description;
    }

    public String warehouseId() { return warehouseId; }
    public String code() { return code; }
    public String description() { return description; }
}
