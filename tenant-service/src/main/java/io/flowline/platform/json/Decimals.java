package io.flowline.platform.json;

import java.math.BigDecimal;

/** Quantities and amounts as the API writes them. */
public final class Decimals {
    private Decimals() {
    }

    /** Without trailing zeros and never in exponent form: 40, not 40.000000 (as the database returns it) or 4E+1. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** {@link #plain} as text, as audit records and messages show a quantity or amount; null stays null. */
    public static String plainText(BigDecimal value) {
        return value == null ? null : plain(value).toPlainString();
    }
}
