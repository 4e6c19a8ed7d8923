package io.flowline.stock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.Violation;

/**
 * The one way stock transactions take balance rows: {@code SELECT ... FOR UPDATE} row by row in
 * ascending id order. Every transaction that changes balances locks through here (after at most one
 * reservation or count row, which are always taken first), so no two of them can wait on each other
 * in a cycle. The caller clears the persistence context first, so every row is read as locked, never
 * from an earlier read.
 */
final class StockLocks {
    private StockLocks() {
    }

    static List<StockBalance> lock(EntityManager em, Collection<String> balanceIds) {
        List<StockBalance> locked = new ArrayList<>();
        for (String id : new TreeSet<>(balanceIds)) {
            StockBalance balance = em.find(StockBalance.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (balance != null) {
                locked.add(balance);
            }
        }
        return locked;
    }

    static String plain(BigDecimal quantity) {
        return quantity.signum() == 0 ? "0" : quantity.stripTrailingZeros().toPlainString();
    }

    /** The 409 for stock that is not there: what was asked for and what is available, in the detail and on the quantity field. */
    static Conflict shortage(String what, BigDecimal requested, BigDecimal available, String unit) {
        String numbers = "requested " + plain(requested) + " " + unit + ", available " + plain(available.max(BigDecimal.ZERO)) + " " + unit;
        return new Conflict("insufficient-stock", "Not enough stock", "Not enough available stock of " + what + ": " + numbers + ".",
                List.of(new Violation("quantity", numbers)));
    }
}
