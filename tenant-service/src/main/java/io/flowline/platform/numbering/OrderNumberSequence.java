package io.flowline.platform.numbering;

import java.time.Instant;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A tenant's counter for one number series and period; its id is the counter's name ("customer", "order:2026"). */
@Entity
@Table(name = "order_number_sequences")
public class OrderNumberSequence extends TenantOwned {
    @Column(name = "next_value", nullable = false)
    private long nextValue;

    protected OrderNumberSequence() {
    }

    OrderNumberSequence(String counter, Instant now) {
        super(counter, now);
        this.nextValue = 1;
    }

    /** Gives out the next value; only meaningful while the caller holds this row's write lock. */
    long take() {
        return nextValue++;
    }
}
