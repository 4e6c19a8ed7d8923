package io.flowline.platform.tenancy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * Base of every tenant-owned entity: EclipseLink adds {@code tenant_id = :tenant} to every read and
 * sets it on every write from the entity manager's tenant property, so no query filters by hand.
 * The column is part of the primary key, as in the tables: otherwise EclipseLink updates and deletes
 * a row by its id alone, and an id that is unique only within a tenant (a number series' counter,
 * "customer") would change every tenant's row of that id.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 40, primaryKey = true)
public abstract class TenantOwned {
    public static final String TENANT_PROPERTY = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT;

    @Id
    @Column(length = 40)
    private String id;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TenantOwned() {
    }

    protected TenantOwned(String id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
