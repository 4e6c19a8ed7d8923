package io.flowline.planning.engine;

/**
 * An action message for the planner.
 *
 * @param type            what to do
 * @param period          where the action applies: the scheduled receipt's period, or the release
 *                        period (0) for {@code RELEASE_NOW} and {@code PAST_DUE}
 * @param suggestedPeriod for {@code EXPEDITE}/{@code DE_EXPEDITE} the period the receipt is needed in;
 *                        for {@code RELEASE_NOW}/{@code PAST_DUE} the period the planned order is due;
 *                        for {@code CANCEL} the same as {@code period}
 * @param quantity        the quantity concerned
 */
public record MrpException(MrpExceptionType type, int period, int suggestedPeriod, double quantity) {

    /** A sentence for the planner; built on demand so that a large MRP run formats nothing it does not show. */
    public String message() {
        return message(QuantityPrecision.CONTINUOUS);
    }

    /** The sentence with the quantity written as the item's unit writes it (29 pieces, 28.885 kg; never 2.0000000011677344E-7). */
    public String message(QuantityPrecision unit) {
        String amount = unit.format(quantity);
        return switch (type) {
            case RELEASE_NOW -> "Release planned order of " + amount + " now, due in period " + suggestedPeriod + ".";
            case PAST_DUE -> "Planned order of " + amount + " due in period " + suggestedPeriod
                    + " is past due: its release falls before the current period; release it now and expedite.";
            case EXPEDITE -> "Expedite scheduled receipt of " + amount + " from period " + period
                    + " to period " + suggestedPeriod + ".";
            case DE_EXPEDITE -> "Scheduled receipt of " + amount + " in period " + period
                    + " is not needed until period " + suggestedPeriod + "; de-expedite it.";
            case CANCEL -> "Scheduled receipt of " + amount + " in period " + period + " is not needed; cancel it.";
        };
    }
}
