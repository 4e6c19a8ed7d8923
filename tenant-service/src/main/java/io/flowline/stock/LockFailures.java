package io.flowline.stock;

import java.sql.SQLException;
import java.util.function.Supplier;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import io.flowline.platform.failure.Busy;

/**
 * Runs a stock transaction again when the database gave up waiting for a row lock. Balance rows are
 * locked in one order (ascending id), so transactions queue rather than deadlock; but a queue longer
 * than the database's lock wait (H2 waits about a second) still times out, and the right answer to
 * that is to queue again, not a 500. After the last attempt the caller gets a 503 with Retry-After. Public because
 * purchasing's receipts write stock too, and every writer of stock retries the same way.
 */
public final class LockFailures {
    static final int ATTEMPTS = 5;

    private LockFailures() {
    }

    public static <T> T retrying(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (!retryable(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new Busy("stock-busy", "Stock is busy",
                            "Too many concurrent changes to the same stock; nothing was changed. Retry in a moment.", 1);
                }
                try {
                    Thread.sleep(10L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** A lock wait timeout or deadlock victim, on H2 or MySQL/MariaDB, anywhere in the causes. */
    static boolean retryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                int code = sql.getErrorCode();
                if ("40001".equals(state) || "HYT00".equals(state) || code == 1205 || code == 1213 || code == 50200 || code == 40001) {
                    return true;
                }
            }
        }
        return false;
    }
}
