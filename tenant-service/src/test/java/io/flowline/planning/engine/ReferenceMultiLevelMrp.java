package io.flowline.planning.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An oracle for {@link MultiLevelMrp} and {@link MrpCalculator}, written as the textbook runs MRP and
 * not from the engine: J. Orlicky, <i>Material Requirements Planning</i> (1975), ch. 4–5, and T.E.
 * Vollmann, W.L. Berry, D.C. Whybark, F.R. Jacobs, <i>Manufacturing Planning and Control for Supply Chain
 * Management</i> (5th ed., 2005), ch. 6, "the basic MRP record" and "low-level coding". Items are
 * processed level by level by their low-level code (the longest path from an end item, found by plain
 * recursion over the parents); each item's record is filled in period by period — gross requirements,
 * scheduled receipts, projected available, net requirements, planned order receipts sized by
 * {@link ReferenceLotSizing}, planned order releases offset by the lead time — and its planned order
 * releases are then exploded through its bill-of-materials lines into its components' gross
 * requirements. Objects and lists instead of the engine's packed arrays: it is meant to be read, not to be fast.
 *
 * <p>What it shares with the engine besides the value types are the conventions the engine documents
 * and a comparison must share: within a level items go in index order and planned orders are
 * numbered as they are made; gross requirements add independent demand first, then the parents' planned
 * orders as they are exploded; a period's stock moves by its scheduled receipts less its gross
 * requirements before anything is planned (the sum in that association, so that extreme values give
 * the same record); requirements of one period are pegged in the order of their codes (independent
 * demand line l is 2l, the r-th dependent requirement made 2r + 1); quantities of at most 1e-9 are
 * not pegged.
 */
final class ReferenceMultiLevelMrp {

    private static final double EPSILON = 1e-9;

    private ReferenceMultiLevelMrp() {
    }

    /** What the oracle works out: per item its low-level code and record, the planned orders and each one's pegs. */
    record Plan(int[] lowLevelCode, MrpRecord[] records, List<MrpPlannedOrder> plannedOrders, List<List<Peg>> pegs) {
    }

    /** Stock on hand, a scheduled receipt or a planned order (order >= 0), as much of it as is not yet pegged. */
    private static final class Supply {
        double left;
        final int order;

        Supply(double quantity, int order) {
            this.left = quantity;
            this.order = order;
        }
    }

    /** A gross requirement that pegging traces: an independent demand line or a parent's planned order. */
    private record Requirement(int period, double quantity, long code, Peg.Source source, int index) {
    }

    static Plan run(int periods, PlanningItem[] items, BillOfMaterials bom, IndependentDemand demand) {
        int itemCount = items.length;
        List<List<Integer>> parentLines = new ArrayList<>();
        List<List<Integer>> childLines = new ArrayList<>();
        for (int item = 0; item < itemCount; item++) {
            parentLines.add(new ArrayList<>());
            childLines.add(new ArrayList<>());
        }
        for (int line = 0; line < bom.lines(); line++) {
            parentLines.get(bom.component()[line]).add(line);
            childLines.get(bom.parent()[line]).add(line);
        }
        int[] lowLevelCode = new int[itemCount];
        boolean[] known = new boolean[itemCount];
        for (int item = 0; item < itemCount; item++) {
            lowLevelCode(item, bom, parentLines, lowLevelCode, known, new boolean[itemCount]);
        }

        double[][] gross = new double[itemCount][periods];
        List<List<Requirement>> requirements = new ArrayList<>();
        for (int item = 0; item < itemCount; item++) {
            requirements.add(new ArrayList<>());
        }
        for (int line = 0; line < demand.lines(); line++) {
            int item = demand.item()[line];
            gross[item][demand.period()[line]] += demand.quantity()[line];
            requirements.get(item).add(new Requirement(demand.period()[line], demand.quantity()[line], 2L * line,
                    Peg.Source.INDEPENDENT_DEMAND, line));
        }

        List<Integer> planningOrder = new ArrayList<>();
        for (int item = 0; item < itemCount; item++) {
            planningOrder.add(item);
        }
        planningOrder.sort(Comparator.<Integer>comparingInt(item -> lowLevelCode[item]).thenComparingInt(item -> item));

        MrpRecord[] records = new MrpRecord[itemCount];
        List<MrpPlannedOrder> orders = new ArrayList<>();
        List<List<Peg>> pegs = new ArrayList<>();
        long dependentRequirements = 0;
        for (int item : planningOrder) {
            PlanningItem planning = items[item];
            MrpRecord record = record(planning, gross[item]);
            records[item] = record;
            List<MrpPlannedOrder> itemOrders = new ArrayList<>();
            for (int t = 0; t < periods; t++) {
                if (record.plannedOrderReceipts()[t] > 0) {
                    MrpPlannedOrder order = new MrpPlannedOrder(orders.size(), item, t, Math.max(0, t - planning.leadTime()),
                            record.plannedOrderReceipts()[t]);
                    orders.add(order);
                    itemOrders.add(order);
                    pegs.add(new ArrayList<>());
                }
            }
            peg(planning, record, requirements.get(item), itemOrders, pegs);
            // each line turns the parent's planned order releases into the component's gross requirements
            for (int line : childLines.get(item)) {
                int component = bom.component()[line];
                for (MrpPlannedOrder order : itemOrders) {
                    double quantity = order.quantity() * bom.requirementPerParentUnit(line);
                    if (quantity > 0) {
                        gross[component][order.releasePeriod()] += quantity;
                        requirements.get(component).add(new Requirement(order.releasePeriod(), quantity,
                                2 * dependentRequirements + 1, Peg.Source.PARENT_ORDER, order.index()));
                        dependentRequirements++;
                    }
                }
            }
        }
        return new Plan(lowLevelCode, records, orders, pegs);
    }

    /** The longest path from an end item: 0 without parents, else one below the deepest parent. */
    private static int lowLevelCode(int item, BillOfMaterials bom, List<List<Integer>> parentLines, int[] code,
                                    boolean[] known, boolean[] onPath) {
        if (known[item]) {
            return code[item];
        }
        if (onPath[item]) {
            throw new IllegalArgumentException("bill of materials contains a cycle through item " + item);
        }
        onPath[item] = true;
        int deepest = 0;
        for (int line : parentLines.get(item)) {
            deepest = Math.max(deepest, lowLevelCode(bom.parent()[line], bom, parentLines, code, known, onPath) + 1);
        }
        onPath[item] = false;
        known[item] = true;
        code[item] = deepest;
        return deepest;
    }

    /**
     * The time-phased record of one item (Vollmann et al., "the basic MRP record"), with the action
     * messages: a planned order whose release falls before period 0 is past due, one released in
     * period 0 is released now; a scheduled receipt is compared with the first period that would fall
     * below safety stock without it and the receipts after it, and is expedited, de-expedited or
     * cancelled (none such period in the horizon).
     */
    static MrpRecord record(PlanningItem item, double[] grossRequirements) {
        int periods = grossRequirements.length;
        if (periods == 0) {
            throw new IllegalArgumentException("at least one period is needed");
        }
        double[] scheduled = new double[periods];
        if (item.scheduledReceipts().length != 0) {
            if (item.scheduledReceipts().length != periods) {
                throw new IllegalArgumentException("scheduled receipts need one value per period");
            }
            System.arraycopy(item.scheduledReceipts(), 0, scheduled, 0, periods);
        }
        double safetyStock = item.safetyStock();

        // lot for lot first: each period's shortfall below safety stock, then the item's rule over them
        double[] shortfalls = new double[periods];
        double stock = item.onHand();
        for (int t = 0; t < periods; t++) {
            stock += scheduled[t] - grossRequirements[t];
            if (stock < safetyStock) {
                shortfalls[t] = safetyStock - stock;
                stock = safetyStock;
            }
        }
        LotSizingPolicy policy = item.lotSizing();
        boolean plainLotForLot = policy.rule() == LotSizingRule.LOT_FOR_LOT
                && policy.minimumOrderQuantity() == 0 && policy.orderMultiple() == 0;
        double[] receipts = plainLotForLot ? shortfalls
                : ReferenceLotSizing.orders(LotSizingProblem.of(shortfalls, item.orderingCost(), item.holdingCost()), policy);

        double[] projected = new double[periods];
        double[] net = new double[periods];
        double[] releases = new double[periods];
        List<MrpException> exceptions = new ArrayList<>();
        double available = item.onHand();
        for (int t = 0; t < periods; t++) {
            double beforePlanned = available + scheduled[t];
            net[t] = Math.max(0, grossRequirements[t] + safetyStock - beforePlanned);
            available = beforePlanned + receipts[t] - grossRequirements[t];
            projected[t] = available;
            if (receipts[t] > 0) {
                int release = t - item.leadTime();
                releases[Math.max(0, release)] += receipts[t];
                if (release < 0) {
                    exceptions.add(new MrpException(MrpExceptionType.PAST_DUE, 0, t, receipts[t]));
                } else if (release == 0) {
                    exceptions.add(new MrpException(MrpExceptionType.RELEASE_NOW, 0, t, receipts[t]));
                }
            }
        }
        if (item.scheduledReceipts().length != 0) {
            double receivedBefore = 0;
            for (int r = 0; r < periods; r++) {
                if (scheduled[r] <= 0) {
                    continue;
                }
                int needed = firstPeriodShort(item, grossRequirements, receivedBefore);
                if (needed == periods) {
                    exceptions.add(new MrpException(MrpExceptionType.CANCEL, r, r, scheduled[r]));
                } else if (needed < r) {
                    exceptions.add(new MrpException(MrpExceptionType.EXPEDITE, r, needed, scheduled[r]));
                } else if (needed > r) {
                    exceptions.add(new MrpException(MrpExceptionType.DE_EXPEDITE, r, needed, scheduled[r]));
                }
                receivedBefore += scheduled[r];
            }
        }
        return new MrpRecord(grossRequirements, scheduled, projected, net, receipts, releases, exceptions);
    }

    /**
     * The first period whose requirement (gross requirements so far plus safety stock) exceeds the
     * stock on hand and the receipts before the one being checked, or the number of periods.
     */
    private static int firstPeriodShort(PlanningItem item, double[] gross, double receivedBefore) {
        double required = item.safetyStock() - item.onHand();
        for (int t = 0; t < gross.length; t++) {
            required += gross[t];
            if (!(required <= receivedBefore + EPSILON)) { // not covered (a NaN requirement is not covered either)
                return t;
            }
        }
        return gross.length;
    }

    /**
     * First-in first-out pegging (Orlicky ch. 8): the supplies in date order — stock on hand, then per
     * period the scheduled receipt before the planned order — serve first the safety stock and any
     * backlog, pegged to nothing, then the requirements by period. A planned order's pegs are the
     * requirements it served, in that order.
     */
    private static void peg(PlanningItem item, MrpRecord record, List<Requirement> requirements,
                            List<MrpPlannedOrder> itemOrders, List<List<Peg>> pegs) {
        List<Supply> supplies = new ArrayList<>();
        supplies.add(new Supply(Math.max(0, item.onHand()), -1));
        int nextOrder = 0;
        for (int t = 0; t < record.scheduledReceipts().length; t++) {
            supplies.add(new Supply(record.scheduledReceipts()[t], -1));
            if (nextOrder < itemOrders.size() && itemOrders.get(nextOrder).receiptPeriod() == t) {
                MrpPlannedOrder order = itemOrders.get(nextOrder++);
                supplies.add(new Supply(order.quantity(), order.index()));
            }
        }
        List<Requirement> byPeriod = new ArrayList<>(requirements);
        byPeriod.sort(Comparator.comparingInt(Requirement::period).thenComparingLong(Requirement::code));
        byPeriod.add(0, new Requirement(-1, item.safetyStock() + Math.max(0, -item.onHand()), -1, null, -1));

        int supply = 0;
        for (Requirement requirement : byPeriod) {
            double need = requirement.quantity();
            while (need > EPSILON) {
                while (supplies.get(supply).left <= EPSILON) {
                    if (++supply == supplies.size()) {
                        return;
                    }
                }
                Supply from = supplies.get(supply);
                double used = Math.min(need, from.left);
                if (from.order >= 0 && requirement.source() != null) {
                    pegs.get(from.order).add(new Peg(requirement.source(), requirement.index(), used));
                }
                need -= used;
                from.left -= used;
            }
        }
    }
}
