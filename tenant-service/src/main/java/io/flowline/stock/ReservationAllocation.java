package io.flowline.stock;

import java.math.BigDecimal;
import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** How much of one balance row a reservation still holds. */
@Entity
@NamedQuery(name = "ReservationAllocation.heldForReference", query = "SELECT a.balanceId, SUM(a.quantity) FROM ReservationAllocation a, Reservation r"
        + " WHERE a.reservationId = r.id AND r.referenceType = :type AND r.referenceId = :reference AND r.status = :open GROUP BY a.balanceId")
@NamedQuery(name = "ReservationAllocation.ofReservation", query = "SELECT a FROM ReservationAllocation a WHERE a.reservationId = :reservation ORDER BY a.balanceId")
@Table(name = "reservation_allocations")
public class ReservationAllocation extends TenantOwned {
    @Column(name = "reservation_id")
    private String reservationId;
    @Column(name = "balance_id")
    private String balanceId;
    private BigDecimal quantity;

    protected ReservationAllocation() {
    }

    ReservationAllocation(String id, String reservationId, String balanceId, BigDecimal quantity, Instant now) {
        super(id, now);
        this.reservationId = reservationId;
        this.balanceId = balanceId;
        this.quantity = quantity;
    }

    public String reservationId() { return reservationId; }
    public String balanceId() { return balanceId; }
    public BigDecimal quantity() { return quantity; }

    void release(BigDecimal released) {
        this.quantity = quantity.subtract(released);
    }
}
