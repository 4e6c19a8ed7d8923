package io.flowline.catalog;

import java.util.Locale;
import java.util.Map;

/**
 * An item's unit of measure with how finely it counts: pieces, sets and boxes are whole (0 decimals), a kilogram or a
 * litre is weighed or measured to the thousandth (3), an hour to the hundredth (2). Items name their unit as free text
 * ({@code Item.unit}); a unit not known here is taken as measured, to 3 decimals, so nothing measured is ever rounded to
 * whole units. Planning rounds what it proposes up to this precision and prints quantities with it.
 *
 * @param code     the unit as the item names it
 * @param decimals digits after the decimal point a quantity of the unit has
 */
public record UnitOfMeasure(String code, int decimals) {

    /** Decimals of a unit not listed: measured, to the thousandth. */
    public static final int DEFAULT_DECIMALS = 3;

    private static final Map<String, Integer> KNOWN = Map.ofEntries(
            // counted: whole units
            Map.entry("pc", 0), Map.entry("pcs", 0), Map.entry("piece", 0), Map.entry("pieces", 0), Map.entry("ea", 0),
            Map.entry("each", 0), Map.entry("unit", 0), Map.entry("units", 0), Map.entry("set", 0), Map.entry("sets", 0),
            Map.entry("box", 0), Map.entry("boxes", 0), Map.entry("pair", 0), Map.entry("pr", 0), Map.entry("pack", 0),
            Map.entry("pk", 0), Map.entry("roll", 0), Map.entry("sheet", 0), Map.entry("bottle", 0), Map.entry("can", 0),
            Map.entry("carton", 0), Map.entry("pallet", 0), Map.entry("dozen", 0), Map.entry("doz", 0),
            // weighed and measured: to the thousandth
            Map.entry("kg", 3), Map.entry("t", 3), Map.entry("l", 3), Map.entry("m", 3), Map.entry("m2", 3), Map.entry("m3", 3),
            Map.entry("km", 3), Map.entry("lb", 3), Map.entry("oz", 3), Map.entry("gal", 3), Map.entry("ft", 3), Map.entry("in", 3),
            // small units: to the tenth
            Map.entry("g", 1), Map.entry("ml", 1), Map.entry("mm", 1), Map.entry("cm", 1),
            // time: to the hundredth of an hour or the minute
            Map.entry("h", 2), Map.entry("hr", 2), Map.entry("min", 0));

    public UnitOfMeasure {
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("a unit has 0 to 6 decimals");
        }
    }

    /** The unit an item names, with its precision ({@link #DEFAULT_DECIMALS} when not known; "pc" when none is named). */
    public static UnitOfMeasure of(String code) {
        String unit = code == null || code.isBlank() ? "pc" : code.strip();
        return new UnitOfMeasure(unit, KNOWN.getOrDefault(unit.toLowerCase(Locale.ROOT), DEFAULT_DECIMALS));
    }

    /** Whether quantities of the unit are whole numbers (pieces, sets). */
    public boolean whole() {
        return decimals == 0;
    }
}
