package io.flowline.platform.tenancy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Makes a sign-up for an address that has an account take about as long as one that creates a company (which writes
 * more), so the answer's timing does not tell them apart either. Outside any transaction: the wait holds no connection.
 */
@ApplicationScoped
public class SignupPace {
    /** A moving average of how long creating a company took here lately. */
    private final AtomicLong typicalNanos = new AtomicLong();

    public void created(long startedNanos) {
        long took = System.nanoTime() - startedNanos;
        typicalNanos.accumulateAndGet(took, (typical, latest) -> typical == 0 ? latest : (typical * 7 + latest) / 8);
    }

    public void answeredKnown(long startedNanos) {
        long wait = typicalNanos.get() - (System.nanoTime() - startedNanos);
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
