package io.flowline.planning.engine;

import java.util.Arrays;

/**
 * Sizes the orders that cover a series of net requirements.
 *
 * <p>The heuristics share one forward pass: when the stock on hand cannot cover a period, an order
 * arrives in that period and the rule decides through which later period it reaches. The minimum
 * order quantity and order multiple then enlarge the order; the surplus stays in stock, so the next
 * order is only placed when stock runs short again and is sized from the remaining requirements.
 * Wagner–Whitin is solved as a whole (see {@link #orders}). Holding cost is charged on the stock
 * left at the end of each period, ordering cost in each period that has an order.
 *
 * <p>Tie-breaking: whenever two lots are equally good, every rule keeps the smaller lot. Costs are
 * sums of products of fractions, so two equal costs reached in different ways can differ in their
 * last bits; a lot counts as better only by more than {@link #TIE} of its cost.
 */
public final class LotSizing {

    private static final double EPSILON = 1e-9;
    /** Relative difference below which two costs are equally good (rounding, not economics). */
    private static final double TIE = 1e-9;

    private LotSizing() {
    }

    public static LotSizingPlan plan(LotSizingProblem problem, LotSizingPolicy policy) {
        QuantityPrecision precision = policy.precision();
        // a counted unit leaves a shortfall within its tolerance uncovered: no order for 0.3 of a piece
        return evaluate(problem, orders(problem, policy), precision.continuous() ? 0 : precision.tolerance());
    }

    /** Costs of a given order plan; throws if the plan leaves a period short. */
    public static LotSizingPlan evaluate(LotSizingProblem problem, double[] orders) {
        return evaluate(problem, orders, 0);
    }

    private static LotSizingPlan evaluate(LotSizingProblem problem, double[] orders, double tolerance) {
        double[] demand = problem.demand();
        if (orders.length != demand.length) {
            throw new IllegalArgumentException("one order quantity per period is needed");
        }
        double inventory = problem.initialInventory();
        double ordering = 0;
        double holding = 0;
        for (int t = 0; t < demand.length; t++) {
            if (orders[t] > EPSILON) {
                ordering += problem.orderingCost()[t];
            }
            inventory += orders[t] - demand[t];
            if (inventory < -EPSILON * Math.max(1, demand[t]) - tolerance) {
                throw new IllegalArgumentException("orders leave period " + t + " short by " + -inventory);
            }
            holding += problem.holdingCost()[t] * Math.max(0, inventory);
        }
        return new LotSizingPlan(orders, ordering + holding, ordering, holding);
    }

    /**
     * Wilson's EOQ, sqrt(2DS/H), from the average demand, ordering cost and holding cost per period.
     */
    public static double economicOrderQuantity(LotSizingProblem problem) {
        return economicOrderQuantity(problem.demand(), problem.orderingCost(), problem.holdingCost());
    }

    private static double economicOrderQuantity(double[] demand, double[] orderingCost, double[] holdingCost) {
        double averageHolding = average(holdingCost);
        if (averageHolding <= 0) {
            throw new IllegalArgumentException("economic order quantity needs a positive holding cost");
        }
        return Math.sqrt(2 * average(demand) * average(orderingCost) / averageHolding);
    }

    /** Quantity received in each period under the policy. */
    public static double[] orders(LotSizingProblem problem, LotSizingPolicy policy) {
        return orders(problem.demand(), problem.orderingCost(), problem.holdingCost(), problem.initialInventory(),
                policy, null);
    }

    /**
     * Scratch arrays for sizing many items' lots of one length in a row (one thread): the constant
     * cost series, the holding costs' running sums, Wagner–Whitin's solution and the orders themselves, with the
     * periods an order was placed in.
     */
    static final class Workspace {
        private final double[] orders;
        private final int[] orderPeriods;
        private int orderCount;
        private final double[] net;
        private final double[] orderingCost;
        private final double[] holdingCost;
        private final double[] carryCost;
        /** Whether carryCost holds the sums of the current holdingCost (they change only with it). */
        private boolean carryCostCurrent;
        private final double[] best;
        private final int[] lotEnd;
        private double filledOrderingCost = Double.NaN;
        private double filledHoldingCost = Double.NaN;

        Workspace(int periods) {
            orders = new double[periods];
            orderPeriods = new int[periods];
            net = new double[periods];
            orderingCost = new double[periods];
            holdingCost = new double[periods];
            carryCost = new double[periods + 1];
            best = new double[periods + 1];
            lotEnd = new int[periods];
        }

        /** After {@link #orders(double[], double, double, LotSizingPolicy, Workspace)}: how many orders it placed. */
        int orderCount() {
            return orderCount;
        }

        /** The period of the i-th order placed, in period order. */
        int orderPeriod(int i) {
            return orderPeriods[i];
        }
    }

    /**
     * The same as {@code orders(LotSizingProblem.of(demand, orderingCost, holdingCost), policy)},
     * with the cost series and the rules' working arrays taken from the workspace. The orders
     * returned are the workspace's, valid until its next use; the workspace also lists the periods
     * they were placed in. The demand is taken as valid: never negative.
     */
    static double[] orders(double[] demand, double orderingCost, double holdingCost, LotSizingPolicy policy,
                           Workspace workspace) {
        if (workspace.orderingCost.length != demand.length) {
            throw new IllegalArgumentException("the workspace is for " + workspace.orderingCost.length + " periods");
        }
        if (workspace.filledOrderingCost != orderingCost) {
            Arrays.fill(workspace.orderingCost, orderingCost);
            workspace.filledOrderingCost = orderingCost;
        }
        if (workspace.filledHoldingCost != holdingCost) {
            Arrays.fill(workspace.holdingCost, holdingCost);
            workspace.filledHoldingCost = holdingCost;
            workspace.carryCostCurrent = false;
        }
        return orders(demand, workspace.orderingCost, workspace.holdingCost, 0, policy, workspace);
    }

    /** Orders for the problem (demand, orderingCost, holdingCost, initialInventory), see {@link LotSizingProblem}. */
    private static double[] orders(double[] demand, double[] orderingCost, double[] holdingCost, double initialInventory,
                                   LotSizingPolicy policy, Workspace workspace) {
        LotSizingRule rule = policy.rule();
        if (rule == LotSizingRule.WAGNER_WHITIN) {
            return wagnerWhitin(demand, orderingCost, holdingCost, initialInventory, policy, workspace);
        }
        int periods = demand.length;
        // what the rule needs, worked out before the first order (an unusable EOQ fails even without one)
        double lot = switch (rule) {
            case FIXED_ORDER_QUANTITY -> policy.fixedQuantity();
            case ECONOMIC_ORDER_QUANTITY -> policy.fixedQuantity() > 0
                    ? policy.fixedQuantity() : economicOrderQuantity(demand, orderingCost, holdingCost);
            default -> 0;
        };
        // a lot of 28.884004 pieces is ordered as 29, and its multiples as multiples of 29
        lot = policy.precision().roundUp(lot);
        double tolerance = policy.precision().tolerance();
        int coveredPeriods = rule != LotSizingRule.PERIOD_ORDER_QUANTITY ? 0
                : policy.periods() > 0 ? policy.periods() : periodOrderQuantity(demand, orderingCost, holdingCost);
        Lots lots = switch (rule) {
            case LOT_FOR_LOT, FIXED_ORDER_QUANTITY, ECONOMIC_ORDER_QUANTITY -> null;
            default -> new Lots(demand, orderingCost, holdingCost, workspace);
        };
        double[] orders = zeroed(workspace == null ? null : workspace.orders, periods);
        int orderCount = 0;
        double inventory = initialInventory;
        for (int t = 0; t < periods; t++) {
            if (inventory < demand[t] - tolerance) {
                double shortfall = demand[t] - inventory;
                double quantity = applyModifiers(lot(rule, lots, lot, coveredPeriods, t, shortfall), policy);
                orders[t] = quantity;
                if (workspace != null) {
                    workspace.orderPeriods[orderCount++] = t;
                }
                inventory += quantity;
            }
            inventory -= demand[t];
        }
        if (workspace != null) {
            workspace.orderCount = orderCount;
        }
        return orders;
    }

    /** The quantity of an order that arrives in period t, whose stock falls short by shortfall. */
    private static double lot(LotSizingRule rule, Lots lots, double lot, int coveredPeriods, int t, double shortfall) {
        return switch (rule) {
            case LOT_FOR_LOT -> shortfall;
            // a fixed (or economic) quantity, or the smallest multiple of it that covers the shortfall:
            // the APICS Dictionary's "fixed order quantity ... or multiples thereof"
            case FIXED_ORDER_QUANTITY, ECONOMIC_ORDER_QUANTITY ->
                    lot <= 0 ? shortfall : Math.ceil(shortfall / lot - EPSILON) * lot;
            case PERIOD_ORDER_QUANTITY -> lots.quantity(t, shortfall, Math.min(lots.periods - 1, t + coveredPeriods - 1));
            case SILVER_MEAL -> lots.quantity(t, shortfall, lots.silverMealEnd(t));
            case LEAST_UNIT_COST -> lots.quantity(t, shortfall, lots.leastUnitCostEnd(t, shortfall));
            case LEAST_TOTAL_COST -> lots.quantity(t, shortfall, lots.leastTotalCostEnd(t));
            case PART_PERIOD_BALANCING -> lots.quantity(t, shortfall, lots.partPeriodBalancingEnd(t));
            case WAGNER_WHITIN -> throw new IllegalStateException("Wagner-Whitin is planned as a whole");
        };
    }

    /**
     * Wagner–Whitin on the requirements left after the initial inventory. When a modifier enlarges an
     * order, its surplus is netted from the following requirements and the optimum is recomputed
     * from the next period: still exact for what remains. The backward programme's value for a period
     * depends only on the requirements from that period on, so only the periods up to the last
     * requirement the surplus reduced are recomputed; the rest of the solution stands as it was.
     */
    private static double[] wagnerWhitin(double[] demand, double[] orderingCost, double[] holdingCost,
                                         double initialInventory, LotSizingPolicy policy, Workspace workspace) {
        int periods = demand.length;
        double[] net = workspace == null ? new double[periods] : workspace.net;
        double stock = initialInventory;
        for (int t = 0; t < periods; t++) {
            net[t] = Math.max(0, demand[t] - stock);
            stock = Math.max(0, stock - demand[t]);
        }
        double[] orders = zeroed(workspace == null ? null : workspace.orders, periods);
        int orderCount = 0;
        Lots lots = new Lots(net, orderingCost, holdingCost, workspace);
        lots.solveWagnerWhitin(0, periods - 1);
        int start = 0;
        while (start < periods) {
            int end = lots.lotEnd[start];
            double quantity = lots.quantity(start, net[start], end);
            if (quantity > policy.precision().tolerance()) {
                double ordered = applyModifiers(quantity, policy);
                orders[start] = ordered;
                if (workspace != null) {
                    workspace.orderPeriods[orderCount++] = start;
                }
                if (ordered > quantity + EPSILON) {
                    int changed = consumeSurplus(net, end + 1, ordered - quantity);
                    lots.solveWagnerWhitin(end + 1, changed);
                }
            }
            start = end + 1;
        }
        if (workspace != null) {
            workspace.orderCount = orderCount;
        }
        return orders;
    }

    /** The scratch array cleared, or a new one without a workspace. */
    private static double[] zeroed(double[] scratch, int periods) {
        if (scratch == null) {
            return new double[periods];
        }
        Arrays.fill(scratch, 0);
        return scratch;
    }

    /** Nets the surplus from the requirements from {@code from} on; returns the last period it reduced ({@code from - 1} if none). */
    private static int consumeSurplus(double[] net, int from, double surplus) {
        int changed = from - 1;
        for (int t = from; t < net.length && surplus > 0; t++) {
            double used = Math.min(surplus, net[t]);
            if (used != 0) {
                net[t] -= used;
                changed = t;
            }
            surplus -= used;
        }
        return changed;
    }

    /** Whether cost a is lower than cost b by more than rounding could make it. */
    private static boolean better(double a, double b) {
        return a < b && b - a > TIE * Math.abs(a);
    }

    /**
     * Raises an order to the minimum, rounds it up to the multiple and then to the unit's precision (a multiple of 0.1 kg
     * comes out of the multiplication as 0.30000000000000004, which the precision makes 0.3 again).
     */
    static double applyModifiers(double quantity, LotSizingPolicy policy) {
        double modified = Math.max(quantity, policy.minimumOrderQuantity());
        double multiple = policy.orderMultiple();
        if (multiple > 0) {
            modified = Math.ceil(modified / multiple - EPSILON) * multiple;
        }
        return policy.precision().roundUp(modified);
    }

    /** POQ periods = EOQ / average demand, rounded, at least one (Orlicky's period order quantity). */
    private static int periodOrderQuantity(double[] demand, double[] orderingCost, double[] holdingCost) {
        double averageDemand = average(demand);
        if (averageDemand <= 0) {
            return 1;
        }
        return (int) Math.max(1, Math.round(economicOrderQuantity(demand, orderingCost, holdingCost) / averageDemand));
    }

    private static double average(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    /**
     * Costs of candidate lots. A lot arrives in period t and covers the shortfall of t plus the
     * full demand of t+1..k; only those later units are held, so the shortfall never adds holding cost.
     */
    private static final class Lots {
        private final double[] demand;
        private final double[] orderingCost;
        private final double[] holdingCost;
        /** carryCost[u] - carryCost[t]: holding cost of one unit kept from the end of t until used in u. */
        private final double[] carryCost;
        private final int periods;
        private final Workspace workspace;
        /** Wagner–Whitin's solution (see {@link #solveWagnerWhitin}); null until first solved. */
        private double[] best;
        private int[] lotEnd;

        /** With a workspace of the right length, the sums are kept in its arrays (every entry rewritten). */
        Lots(double[] demand, double[] orderingCost, double[] holdingCost, Workspace workspace) {
            this.demand = demand;
            this.orderingCost = orderingCost;
            this.holdingCost = holdingCost;
            this.workspace = workspace;
            periods = demand.length;
            boolean reuse = workspace != null && workspace.carryCost.length == periods + 1;
            carryCost = reuse ? workspace.carryCost : new double[periods + 1];
            // the workspace's holding costs are the same for many items in a row: so are their sums
            boolean carried = reuse && holdingCost == workspace.holdingCost && workspace.carryCostCurrent;
            if (!carried) {
                for (int t = 0; t < periods; t++) {
                    carryCost[t + 1] = carryCost[t] + holdingCost[t];
                }
                if (reuse) {
                    workspace.carryCostCurrent = holdingCost == workspace.holdingCost;
                }
            }
        }

        /**
         * Added up period by period: the difference of two running totals loses the low bits of
         * the totals, enough to leave a lot short by more than EPSILON when they reach millions.
         */
        double quantity(int start, double shortfall, int end) {
            double quantity = shortfall;
            for (int t = start + 1; t <= end; t++) {
                quantity += demand[t];
            }
            return quantity;
        }

        private double holdingIncrement(int start, int period) {
            return demand[period] * (carryCost[period] - carryCost[start]);
        }

        /** Next period after k with positive demand, or the number of periods if none. */
        private int nextDemandPeriod(int k) {
            int next = k + 1;
            while (next < periods && demand[next] <= 0) {
                next++;
            }
            return next;
        }

        /** Silver & Meal (1973): extend while the cost per period covered decreases. */
        int silverMealEnd(int start) {
            int end = start;
            double cost = orderingCost[start];
            while (end + 1 < periods) {
                double extended = cost + holdingIncrement(start, end + 1);
                if (better(extended / (end + 2 - start), cost / (end + 1 - start))) {
                    cost = extended;
                    end++;
                } else {
                    break;
                }
            }
            return end;
        }

        /**
         * Least unit cost: extend while the cost per unit decreases. Zero-demand periods change
         * neither cost nor units, so the comparison is made at the next period with demand.
         */
        int leastUnitCostEnd(int start, double shortfall) {
            int end = start;
            double cost = orderingCost[start];
            double units = shortfall;
            for (int next = nextDemandPeriod(start); next < periods; next = nextDemandPeriod(next)) {
                double extendedCost = cost + holdingIncrement(start, next);
                double extendedUnits = units + demand[next];
                if (better(extendedCost / extendedUnits, cost / units)) {
                    cost = extendedCost;
                    units = extendedUnits;
                    end = next;
                } else {
                    break;
                }
            }
            return end;
        }

        /** Least total cost: the lot whose holding cost is closest to the ordering cost. */
        int leastTotalCostEnd(int start) {
            int end = start;
            double holding = 0;
            double target = orderingCost[start];
            for (int next = nextDemandPeriod(start); next < periods; next = nextDemandPeriod(next)) {
                double extended = holding + holdingIncrement(start, next);
                if (extended <= target || better(extended - target, target - holding)) {
                    holding = extended;
                    end = next;
                }
                if (extended >= target) {
                    break;
                }
            }
            return end;
        }

        /**
         * Part-period balancing (DeMatteis 1968): the lot whose part-periods (units x periods held)
         * are closest to the economic part-period S/h of the order period.
         */
        int partPeriodBalancingEnd(int start) {
            double economicPartPeriod = holdingCost[start] > 0
                    ? orderingCost[start] / holdingCost[start] : Double.POSITIVE_INFINITY;
            int end = start;
            double partPeriods = 0;
            for (int next = nextDemandPeriod(start); next < periods; next = nextDemandPeriod(next)) {
                double extended = partPeriods + demand[next] * (next - start);
                if (extended <= economicPartPeriod || better(extended - economicPartPeriod, economicPartPeriod - partPeriods)) {
                    partPeriods = extended;
                    end = next;
                }
                if (extended >= economicPartPeriod) {
                    break;
                }
            }
            return end;
        }

        /**
         * Wagner &amp; Whitin (1958) exact dynamic programme, solved backwards in O(n^2) for the starts
         * {@code to} down to {@code from}, on the values already solved after {@code to}: best[j] is the
         * least cost of covering periods j.. with nothing in stock at the start of j, lotEnd[j] the last
         * period covered by the lot arriving in j. A lot without demand costs nothing, which lets the
         * optimum skip a period or order ahead in a period without demand when that period's ordering
         * cost is lower. Longer lots only add holding cost, so the search for a start stops once
         * ordering plus holding alone reaches the best cost found.
         */
        void solveWagnerWhitin(int from, int to) {
            if (best == null) {
                boolean reuse = workspace != null && workspace.best.length == periods + 1;
                best = reuse ? workspace.best : new double[periods + 1];
                lotEnd = reuse ? workspace.lotEnd : new int[periods];
                best[periods] = 0;
            }
            for (int start = to; start >= from; start--) {
                double units = 0;
                double holding = 0;
                best[start] = Double.POSITIVE_INFINITY;
                for (int end = start; end < periods; end++) {
                    units += demand[end];
                    holding += holdingIncrement(start, end);
                    double lotCost = (units > EPSILON ? orderingCost[start] : 0) + holding;
                    if (lotCost >= best[start]) {
                        break;
                    }
                    if (better(lotCost + best[end + 1], best[start])) {
                        best[start] = lotCost + best[end + 1];
                        lotEnd[start] = end;
                    }
                }
            }
        }
    }
}
