package io.flowline.planning.engine;

import java.util.ArrayList;
import java.util.List;

/*
 * Reference for the optimised engine: MrpCalculator as it was before the performance work (commit
 * 2b7601f), kept verbatim apart from its name. Straightforward by design; EngineEquivalenceTest
 * checks that the optimised engine gives bit-for-bit the same records, planned orders and pegs.
 */
/**
 * Single-item MRP: nets gross requirements against stock and scheduled receipts, sizes lots and
 * offsets them by the lead time (Orlicky's time-phased record).
 *
 * <p>Scheduled receipts are taken as firm: when one is late MRP plans an order to cover the gap and
 * raises EXPEDITE; the planner's reschedule removes that planned order in the next run.
 */
final class ReferenceMrpCalculator {

    private static final double EPSILON = 1e-9;

    private ReferenceMrpCalculator() {
    }

    public static MrpRecord calculate(PlanningItem item, double[] grossRequirements) {
        int periods = grossRequirements.length;
        if (periods == 0) {
            throw new IllegalArgumentException("at least one period is needed");
        }
        if (item.scheduledReceipts().length != 0 && item.scheduledReceipts().length != periods) {
            throw new IllegalArgumentException("scheduled receipts need one value per period");
        }
        double[] scheduledReceipts = new double[periods];
        for (int t = 0; t < periods; t++) {
            scheduledReceipts[t] = item.scheduledReceipt(t);
        }
        double[] receipts = plannedReceipts(item, grossRequirements, scheduledReceipts);

        double[] projectedAvailable = new double[periods];
        double[] netRequirements = new double[periods];
        double available = item.onHand();
        for (int t = 0; t < periods; t++) {
            double before = available + scheduledReceipts[t];
            netRequirements[t] = Math.max(0, grossRequirements[t] + item.safetyStock() - before);
            available = before + receipts[t] - grossRequirements[t];
            projectedAvailable[t] = available;
        }

        List<MrpException> exceptions = new ArrayList<>();
        double[] releases = new double[periods];
        for (int t = 0; t < periods; t++) {
            if (receipts[t] > 0) {
                int release = t - item.leadTime();
                if (release < 0) {
                    exceptions.add(new MrpException(MrpExceptionType.PAST_DUE, 0, t, receipts[t]));
                } else if (release == 0) {
                    exceptions.add(new MrpException(MrpExceptionType.RELEASE_NOW, 0, t, receipts[t]));
                }
                releases[Math.max(0, release)] += receipts[t];
            }
        }
        addReschedulingMessages(item, grossRequirements, scheduledReceipts, exceptions);
        return new MrpRecord(grossRequirements, scheduledReceipts, projectedAvailable, netRequirements,
                receipts, releases, exceptions);
    }

    /**
     * Lot-for-lot net requirements first (each period topped up to safety stock), then the item's
     * lot-sizing rule over them: every rule covers at least the cumulative requirement, so projected
     * available never falls below safety stock.
     */
    private static double[] plannedReceipts(PlanningItem item, double[] gross, double[] scheduledReceipts) {
        int periods = gross.length;
        double[] requirements = new double[periods];
        double available = item.onHand();
        for (int t = 0; t < periods; t++) {
            available += scheduledReceipts[t] - gross[t];
            if (available < item.safetyStock()) {
                requirements[t] = item.safetyStock() - available;
                available = item.safetyStock();
            }
        }
        LotSizingPolicy policy = item.lotSizing();
        if (policy.rule() == LotSizingRule.LOT_FOR_LOT
                && policy.minimumOrderQuantity() == 0 && policy.orderMultiple() == 0) {
            return requirements;
        }
        LotSizingProblem problem = LotSizingProblem.of(requirements, item.orderingCost(), item.holdingCost());
        return ReferenceLotSizing.orders(problem, policy);
    }

    /**
     * Compares each scheduled receipt with the period its first unit is needed: receipts are consumed
     * in date order after on-hand stock, and the requirement includes keeping safety stock.
     */
    private static void addReschedulingMessages(PlanningItem item, double[] gross, double[] scheduledReceipts,
                                                List<MrpException> exceptions) {
        int periods = gross.length;
        int needed = 0;
        double requirementThroughNeeded = item.safetyStock() - item.onHand() + gross[0];
        double receivedBefore = 0;
        for (int r = 0; r < periods; r++) {
            double quantity = scheduledReceipts[r];
            if (quantity <= 0) {
                continue;
            }
            while (needed < periods && requirementThroughNeeded <= receivedBefore + EPSILON) {
                needed++;
                if (needed < periods) {
                    requirementThroughNeeded += gross[needed];
                }
            }
            if (needed == periods) {
                exceptions.add(new MrpException(MrpExceptionType.CANCEL, r, r, quantity));
            } else if (needed < r) {
                exceptions.add(new MrpException(MrpExceptionType.EXPEDITE, r, needed, quantity));
            } else if (needed > r) {
                exceptions.add(new MrpException(MrpExceptionType.DE_EXPEDITE, r, needed, quantity));
            }
            receivedBefore += quantity;
        }
    }
}
