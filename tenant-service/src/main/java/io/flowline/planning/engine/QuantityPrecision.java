package io.flowline.planning.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How finely an item's quantities are counted: a unit of measure's decimals (0 for pieces, which are whole; 3 for
 * kilograms to the gram), or continuous for a quantity without a unit (the textbook examples).
 *
 * <p>Two quantities of a counted unit are equal when they differ by at most half a step (the tolerance): doubles sum
 * 0.1 + 0.2 to 0.30000000000000004, so an exact comparison finds a requirement of 5.6e-17 pieces where there is none.
 * A proposed quantity is rounded up to a whole step, as a supplier delivers and a line makes whole steps. Continuous
 * quantities keep the engine's exact arithmetic, with the engine's 1e-9 as tolerance and no rounding.
 *
 * @param decimals digits after the decimal point a quantity of the unit has; negative for continuous
 */
public record QuantityPrecision(int decimals) {

    /** Quantities without a unit: compared within 1e-9, never rounded. */
    public static final QuantityPrecision CONTINUOUS = new QuantityPrecision(-1);

    /** The most decimals a unit may have: the database keeps quantities to six. */
    public static final int MAX_DECIMALS = 6;

    private static final double CONTINUOUS_TOLERANCE = 1e-9;

    /**
     * The share of a step by which a quantity may exceed a whole number of steps and still count as that number: what
     * adding doubles leaves over (2.0000000011677344E-7 of a piece is rounding, not a need for one piece more).
     */
    private static final double NOISE = 1e-6;

    private static final double[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    public QuantityPrecision {
        if (decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("a unit has at most " + MAX_DECIMALS + " decimals");
        }
        if (decimals < 0) {
            decimals = -1;
        }
    }

    public static QuantityPrecision ofDecimals(int decimals) {
        return decimals < 0 ? CONTINUOUS : new QuantityPrecision(decimals);
    }

    public boolean continuous() {
        return decimals < 0;
    }

    /** The smallest quantity of the unit: 1 for pieces, 0.001 for kilograms; 0 when continuous. */
    public double step() {
        return continuous() ? 0 : 1 / POWERS[decimals];
    }

    /** How far apart two quantities may be and still be equal: half a step, or 1e-9 when continuous. */
    public double tolerance() {
        return continuous() ? CONTINUOUS_TOLERANCE : 0.5 / POWERS[decimals];
    }

    /**
     * The quantity rounded up to a whole number of steps (28.884004 pieces are 29), less what is only rounding noise
     * (3.0000002 pieces are 3). Divided by the power of ten rather than multiplied by the step, so 28.885 kg is the double
     * nearest 28.885 and not 28.885000000000002. Continuous quantities are returned as they are.
     */
    public double roundUp(double quantity) {
        if (continuous() || !Double.isFinite(quantity)) {
            return quantity;
        }
        double power = POWERS[decimals];
        return Math.ceil(quantity * power - NOISE) / power;
    }

    /** The quantity as the unit writes it: to its decimals without trailing zeros (29, 28.885); continuous to six decimals. */
    public String format(double quantity) {
        if (!Double.isFinite(quantity)) {
            return Double.toString(quantity);
        }
        int scale = continuous() ? MAX_DECIMALS : decimals;
        BigDecimal rounded = BigDecimal.valueOf(quantity).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.signum() == 0 ? BigDecimal.ZERO : rounded).toPlainString();
    }
}
