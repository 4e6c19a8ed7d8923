package io.flowline.production.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a work order needs of a component and where to take it from, as plain arithmetic: the required quantity with scrap,
 * the quantity a backflush issues for reported output, and picks first-expired-first-out (FEFO), then first-in-first-out.
 */
public final class MaterialPicking {
    /** Quantities are kept to 6 decimal places, as the database does. */
    public static final int SCALE = 6;

    /** Units counted in whole pieces: a requirement of 31.5 of them means taking 32 from the shelf. */
    private static final Set<String> WHOLE_UNITS = Set.of("pcs", "pc", "piece", "pieces", "ea", "each", "unit", "units", "stk", "st",
            "set", "sets", "pair", "pairs", "box", "boxes", "roll", "rolls", "个", "件");

    private MaterialPicking() {
    }

    /**
     * A place a component can be picked from: one balance row's usable stock (on hand, less what others reserved), its lot's
     * expiry (null: none) and when the stock came in (the lot's creation, or the row's for stock without lots).
     */
    public record Stock(String warehouseId, String locationId, String lotId, LocalDate expiryDate, Instant receivedAt, BigDecimal available) {
    }

    /** Take {@code quantity} from {@code from}. */
    public record Pick(Stock from, BigDecimal quantity) {
    }

    /** The picks for a quantity, and what no stock covers. */
    public record Picks(List<Pick> picks, BigDecimal shortQuantity) {
        public BigDecimal picked() {
            return picks.stream().map(Pick::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** Whether a unit is counted in whole pieces (case and surrounding blanks ignored). */
    public static boolean wholeUnits(String unit) {
        return unit != null && WHOLE_UNITS.contains(unit.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Order quantity x quantity per x (1 + scrap factor) — the APICS scrap-factor convention the BOM explosion and MRP use —
     * rounded up: to whole pieces for a unit counted in pieces, else to {@link #SCALE} decimals. Rounding up, because a
     * requirement short by a fraction stops the line.
     */
    public static BigDecimal required(BigDecimal orderQuantity, BigDecimal quantityPer, BigDecimal scrapFactor, boolean wholeUnits) {
        BigDecimal exact = orderQuantity.multiply(quantityPer).multiply(BigDecimal.ONE.add(scrapFactor == null ? BigDecimal.ZERO : scrapFactor));
        return roundUp(exact, wholeUnits);
    }

    /**
     * What a backflush issues when {@code good} of {@code ordered} are reported: the share required x good / ordered (all of
     * it once the good quantity reaches the order), less what was already issued, never below zero.
     */
    public static BigDecimal backflush(BigDecimal required, BigDecimal ordered, BigDecimal good, BigDecimal issued, boolean wholeUnits) {
        if (ordered.signum() <= 0 || good.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal due = good.compareTo(ordered) >= 0 ? required
                : roundUp(required.multiply(good).divide(ordered, SCALE + 6, RoundingMode.HALF_EVEN), wholeUnits).min(required);
        BigDecimal open = due.subtract(issued);
        return open.signum() > 0 ? tidy(open) : BigDecimal.ZERO;
    }

    /**
     * Stock in picking order: first the lot that expires first (stock without an expiry date after all that expire), then the
     * stock that came in first, then by warehouse, location and lot, so the same stock always gives the same picks.
     */
    public static List<Stock> pickingOrder(List<Stock> stock) {
        Comparator<Stock> order = Comparator.comparing(Stock::expiryDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Stock::receivedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Stock::warehouseId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Stock::locationId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Stock::lotId, Comparator.nullsFirst(Comparator.naturalOrder()));
        return stock.stream().sorted(order).toList();
    }

    /** Picks {@code quantity} in {@link #pickingOrder}, each place as far as its available stock goes; the rest is short. */
    public static Picks pick(List<Stock> stock, BigDecimal quantity) {
        List<Pick> picks = new ArrayList<>();
        BigDecimal remaining = quantity.signum() > 0 ? quantity : BigDecimal.ZERO;
        for (Stock place : pickingOrder(stock)) {
            if (remaining.signum() == 0) {
                break;
            }
            if (place.available().signum() <= 0) {
                continue;
            }
            BigDecimal take = remaining.min(place.available());
            picks.add(new Pick(place, tidy(take)));
            remaining = remaining.subtract(take);
        }
        return new Picks(List.copyOf(picks), tidy(remaining));
    }

    private static BigDecimal roundUp(BigDecimal exact, boolean wholeUnits) {
        return tidy(exact.setScale(wholeUnits ? 0 : SCALE, RoundingMode.CEILING));
    }

    /** Without trailing zeros, never in exponent form (100, not 1E+2). */
    public static BigDecimal tidy(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
