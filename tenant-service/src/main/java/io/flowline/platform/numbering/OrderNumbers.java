package io.flowline.platform.numbering;

import java.time.LocalDate;
import java.util.function.Predicate;

import io.flowline.platform.tenancy.Tenant;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Gap-free human numbers per tenant (orders, customers, purchase orders): a number is taken inside the caller's transaction under a
 * write lock on the tenant's counter row, so concurrent takers queue, each sees the value the previous one committed,
 * and a transaction that rolls back puts its number back for the next one. The price is that takers of one series
 * run one after another from taking the number to commit, so take it late in the transaction.
 *
 * <p>Use: call {@link #prepare} first in the transaction, before it touches the database, then {@link #next}.
 */
@ApplicationScoped
public class OrderNumbers {
    private static final int ATTEMPTS = 5;

    @Inject
    OrderNumberSequences sequences;

    @Inject
    TenantContext caller;

    /**
     * Makes sure the counter exists, in a short transaction of its own. Called before the caller's transaction holds a
     * connection, so that creating the counter never needs a second connection while the first one waits: under many
     * concurrent first uses that could drain the pool.
     */
    public void prepare(NumberSeries series) {
        try {
            sequences.createCurrentIfAbsent(caller.tenantId(), series);
        } catch (RuntimeException lostRace) {
            // Usually a duplicate key: a concurrent first use created the counter, which is all this wanted.
            // Anything else shows again, with its cause, when next() cannot find or create the counter.
        }
    }

    /** The next number of the series, taken in the caller's transaction (which {@code em} must have joined). */
    public String next(EntityManager em, NumberSeries series) {
        return next(em, series, number -> false);
    }

    /**
     * The next number of the series that {@code taken} does not refuse. Values whose number is already used (a customer
     * number typed in by hand) are passed over: they are not gaps, the number exists.
     */
    public String next(EntityManager em, NumberSeries series, Predicate<String> taken) {
        Tenant tenant = em.find(Tenant.class, caller.tenantId());
        NumberScheme scheme = sequences.scheme(tenant, series);
        LocalDate today = sequences.today(tenant);
        OrderNumberSequence counter = lockedCounter(em, scheme.counter(today));
        String number;
        do {
            number = scheme.format(today, counter.take());
        } while (taken.test(number));
        em.flush();
        return number;
    }

    /** The counter row under a write lock held until the caller's transaction ends, created first if a period just began. */
    private OrderNumberSequence lockedCounter(EntityManager em, String name) {
        RuntimeException lost = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            OrderNumberSequence counter = em.find(OrderNumberSequence.class, name, LockModeType.PESSIMISTIC_WRITE);
            if (counter != null) {
                return counter;
            }
            try {
                sequences.createIfAbsent(caller.tenantId(), name);
            } catch (RuntimeException e) { // usually a duplicate key: someone else created it, which the next find sees
                lost = e;
                pause(attempt); // H2 may refuse the duplicate before the winner has committed
            }
        }
        throw new IllegalStateException("Could not create the number counter " + name, lost);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(5L << attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
