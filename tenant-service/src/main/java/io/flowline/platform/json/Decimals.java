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
}
