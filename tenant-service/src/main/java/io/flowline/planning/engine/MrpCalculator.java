package io.flowline.planning.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Single-item MRP: nets gross requirements against stock and scheduled receipts, sizes lots and
 * offsets them by the lead time (Orlicky's time-phased record).
 *
 * <p>Scheduled receipts are taken as firm: when one is late MRP plans an order to cover the gap and
 * raises EXPEDITE; the planner's reschedule removes that planned order in the next run.
 */
public final class MrpCalculator {

    private MrpCalculator() {
    }

    public static MrpRecord calculate(PlanningItem item, double[] grossRequirements) {
        int periods = grossRequirements.length;
        if (periods == 0) {
            throw new IllegalArgumentException("at least one period is needed");
        }
        double[] open = openReceipts(item, periods);
        double[] scheduledReceipts = open.length == 0 ? new double[periods] : open.clone();
        // a workspace of its own, so the receipts it returns can be kept by the record
        double[] receipts = plannedReceipts(item, grossRequirements, scheduledReceipts, new Workspace(periods));
        return record(item, grossRequirements, scheduledReceipts, receipts);
    }

    /**
     * Scratch space for sizing many items' lots of one length in a row (one thread), so that a
     * multi-level run allocates nothing per item. After {@link #plannedReceipts} it also lists the
     * periods an order was placed in, so that callers need not scan every period for them.
     */
    static final class Workspace {
        private final double[] requirements;
        private final int[] orderPeriods;
        private final LotSizing.Workspace lots;
        private boolean lotSized;
        private int orderCount;

        Workspace(int periods) {
            requirements = new double[periods];
            orderPeriods = new int[periods];
            lots = new LotSizing.Workspace(periods);
        }

        /**
         * How many periods an order was placed in, in period order. An order of a rule that rounds
         * can come out as zero, so a planned order receipt is one of these periods whose receipt is positive.
         */
        int orderCount() {
            return lotSized ? lots.orderCount() : orderCount;
        }

        int orderPeriod(int i) {
            return lotSized ? lots.orderPeriod(i) : orderPeriods[i];
        }
    }

    /** The item's scheduled receipts, checked against the horizon; empty when it has none. */
    static double[] openReceipts(PlanningItem item, int periods) {
        double[] open = item.scheduledReceipts();
        if (open.length != 0 && open.length != periods) {
            throw new IllegalArgumentException("scheduled receipts need one value per period");
        }
        return open;
    }

    /**
     * The rest of the record once the planned order receipts are known, in one pass; arithmetic is
     * the same, operation for operation, as netting, projecting and offsetting in separate passes.
     * The record keeps the arrays it is given.
     */
    static MrpRecord record(PlanningItem item, double[] grossRequirements, double[] scheduledReceipts,
                            double[] receipts) {
        int periods = grossRequirements.length;
        double[] projectedAvailable = new double[periods];
        double[] netRequirements = new double[periods];
        double[] releases = new double[periods];
        List<MrpException> exceptions = new ArrayList<>();
        double safetyStock = item.safetyStock();
        int leadTime = item.leadTime();
        double available = item.onHand();
        for (int t = 0; t < periods; t++) {
            double before = available + scheduledReceipts[t];
            netRequirements[t] = Math.max(0, grossRequirements[t] + safetyStock - before);
            double receipt = receipts[t];
            available = before + receipt - grossRequirements[t];
            projectedAvailable[t] = available;
            if (receipt > 0) {
                int release = t - leadTime;
                if (release < 0) {
                    exceptions.add(new MrpException(MrpExceptionType.PAST_DUE, 0, t, receipt));
                } else if (release == 0) {
                    exceptions.add(new MrpException(MrpExceptionType.RELEASE_NOW, 0, t, receipt));
                }
                releases[Math.max(0, release)] += receipt;
            }
        }
        if (item.scheduledReceipts().length != 0) {
            // without scheduled receipts there is nothing to reschedule
            addReschedulingMessages(item, grossRequirements, scheduledReceipts, exceptions);
        }
        return new MrpRecord(grossRequirements, scheduledReceipts, projectedAvailable, netRequirements,
                receipts, releases, exceptions);
    }

    /**
     * Planned order receipts for the gross requirements: lot-for-lot
     * net requirements first (each period topped up to safety stock), then the item's lot-sizing rule
     * over them. Every rule covers at least the cumulative requirement, so projected available never
     * falls below safety stock. The result is one of the workspace's arrays, valid until its next use.
     */
    static double[] plannedReceipts(PlanningItem item, double[] gross, double[] scheduledReceipts,
                                    Workspace workspace) {
        workspace.orderCount = netRequirements(item, gross, scheduledReceipts, workspace);
        LotSizingPolicy policy = item.lotSizing();
        // a counted unit is sized too: lot for lot rounds up to whole steps and passes over a shortfall within tolerance
        workspace.lotSized = policy.rule() != LotSizingRule.LOT_FOR_LOT
                || policy.minimumOrderQuantity() != 0 || policy.orderMultiple() != 0 || !policy.precision().continuous();
        if (!workspace.lotSized) {
            return workspace.requirements;
        }
        return LotSizing.orders(workspace.requirements, item.orderingCost(), item.holdingCost(), policy, workspace.lots);
    }

    /**
     * Net requirements topped up to safety stock, into the workspace, with the periods that have
     * one; returns how many. Whether a period falls short is rarely predictable, so the loop is
     * written without branches: max(next, safety stock) - next is the requirement, the same value
     * as safety stock - next when short and +0 when not, as long as no value is NaN or +infinity
     * (once one is, the stock stays so to the end). Then the plain loop does it again.
     */
    private static int netRequirements(PlanningItem item, double[] gross, double[] scheduledReceipts,
                                       Workspace workspace) {
        double[] requirements = workspace.requirements;
        int[] orderPeriods = workspace.orderPeriods;
        int periods = requirements.length;
        double safetyStock = item.safetyStock();
        int orders = 0;
        double available = item.onHand();
        for (int t = 0; t < periods; t++) {
            double next = available + (scheduledReceipts[t] - gross[t]);
            available = Math.max(next, safetyStock);
            requirements[t] = available - next;
            orderPeriods[orders] = t;
            orders += next < safetyStock ? 1 : 0;
        }
        if (Double.isFinite(available)) {
            return orders;
        }
        orders = 0;
        available = item.onHand();
        for (int t = 0; t < periods; t++) {
            available += scheduledReceipts[t] - gross[t];
            if (available < safetyStock) {
                requirements[t] = safetyStock - available;
                available = safetyStock;
                orderPeriods[orders++] = t;
            } else {
                requirements[t] = 0;
            }
        }
        return orders;
    }

    /**
     * Compares each scheduled receipt with the period its first unit is needed: receipts are consumed
     * in date order after on-hand stock, and the requirement includes keeping safety stock.
     */
    private static void addReschedulingMessages(PlanningItem item, double[] gross, double[] scheduledReceipts,
                                                List<MrpException> exceptions) {
        int periods = gross.length;
        int needed = 0;
        QuantityPrecision precision = item.lotSizing().precision();
        double tolerance = precision.tolerance();
        // what is left of a receipt of a counted unit after reported progress can be noise, not a receipt to cancel
        double ignored = precision.continuous() ? 0 : tolerance;
        double requirementThroughNeeded = item.safetyStock() - item.onHand() + gross[0];
        double receivedBefore = 0;
        for (int r = 0; r < periods; r++) {
            double quantity = scheduledReceipts[r];
            if (quantity <= ignored) {
                continue;
            }
            while (needed < periods && requirementThroughNeeded <= receivedBefore + tolerance) {
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
