package io.flowline.stock;

import java.time.Instant;
import java.time.LocalDate;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A lot (batch) of one item; its number is unique per item. */
@Entity
@NamedQueries({
        @NamedQuery(name = "Lot.byIds", query = "SELECT l FROM Lot l WHERE l.id IN :ids"),
        @NamedQuery(name = "Lot.byNumber", query = "SELECT l FROM Lot l WHERE l.itemId = :item AND l.number = :number"),
        @NamedQuery(name = "Lot.idsNotReleased", query = "SELECT l.id FROM Lot l WHERE l.id IN :ids AND l.status <> :released")
})
@Table(name = "lots")
public class Lot extends TenantOwned {
    @Column(name = "item_id")
    private String itemId;
    private String number;
    @Column(name = "expiry_date")
    private LocalDate expiryDate;
    @Column(name = "supplier_lot")
    private String supplierLot;
    @Enumerated(EnumType.STRING)
    private LotStatus status;

    protected Lot() {
    }

    Lot(String id, String itemId, String number, LocalDate expiryDate, String supplierLot, LotStatus status, Instant now) {
        super(id, now);
        this.itemId = itemId;
        this.number = number;
        this.expiryDate = expiryDate;
        this.supplierLot = supplierLot;
        this.status = status;
    }

    public String itemId() { return itemId; }
    public String number() { return number; }
    public LocalDate expiryDate() { return expiryDate; }
    public String supplierLot() { return supplierLot; }
    public LotStatus status() { return status; }

    /** Released stock may be issued and reserved; quarantined and blocked stock may only be moved, counted or scrapped. */
    public boolean usable() {
        return status == LotStatus.RELEASED;
    }

    void changeStatus(LotStatus status) { this.status = status; }
    void changeExpiryDate(LocalDate date) { this.expiryDate = date; }
    void changeSupplierLot(String supplierLot) { this.supplierLot = supplierLot; }
}
