package io.flowline.platform.numbering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.flowline.platform.persistence.TransactionEntityManagers;
import io.flowline.platform.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Creates counter rows, each in a transaction of its own: a lost race (two first uses at once) then fails only
 * that small transaction with a duplicate key, never the caller's, which simply locks the winner's row.
 */
@ApplicationScoped
public class OrderNumberSequences {
    @Inject
    TransactionEntityManagers joined;

    Clock clock = Clock.systemUTC();

    /** Creates the counter that a number of this series issued now would come from, if it is missing. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createCurrentIfAbsent(String tenantId, NumberSeries series) {
        EntityManager em = joined.forTenant(tenantId);
        Tenant tenant = em.find(Tenant.class, tenantId);
        String counter = scheme(tenant, series).counter(today(tenant));
        insertIfAbsent(em, counter);
    }

    /** Creates the named counter if it is missing; a duplicate key here means another transaction created it first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createIfAbsent(String tenantId, String counter) {
        insertIfAbsent(joined.forTenant(tenantId), counter);
    }

    private void insertIfAbsent(EntityManager em, String counter) {
        if (em.find(OrderNumberSequence.class, counter) == null) {
            em.persist(new OrderNumberSequence(counter, Instant.now(clock)));
            em.flush();
        }
    }

    NumberScheme scheme(Tenant tenant, NumberSeries series) {
        return new NumberScheme(series.series(), series.format(tenant));
    }

    /** Periods are the tenant's: an order taken on 31 December evening in Auckland belongs to that year. */
    LocalDate today(Tenant tenant) {
        return LocalDate.now(clock.withZone(ZoneId.of(tenant.timeZone())));
    }
}
