package io.flowline.planning.engine;

/**
 * An oracle for {@link LotSizing}, written from the rules' published definitions and not from the
 * engine: no prefix sums, no workspace, no pruning, no partial re-solving; every candidate lot's
 * cost is added up from its definition. It shares with the engine only the value types and
 * the conventions the engine documents as its contract:
 * <ul>
 *   <li>an order arrives in the first period whose requirement the stock carried in does not cover
 *       (short by more than {@link #EPSILON}), and covers that shortfall plus the whole requirement of
 *       the later periods in its lot;</li>
 *   <li>holding cost is charged on the stock left at the end of each period, so a unit needed in
 *       period j out of a lot arriving in period i costs h(i) + ... + h(j-1); ordering cost is
 *       charged in each period with an order (in Wagner–Whitin only for a lot with a requirement);</li>
 *   <li>the minimum order quantity, then the order multiple (APICS "order modifiers"), enlarge each
 *       order; the surplus stays in stock and the next order is placed when stock runs short again;</li>
 *   <li>of two equally good lots the smaller one is kept, costs within 1e-9 of each other counting as
 *       equal (the same cost added up in another order differs in its last bits).</li>
 * </ul>
 *
 * <p>Sources: lot-for-lot, fixed order quantity, period order quantity — J. Orlicky, <i>Material
 * Requirements Planning</i> (1975), ch. 6, and T.E. Vollmann, W.L. Berry, D.C. Whybark, F.R. Jacobs,
 * <i>Manufacturing Planning and Control for Supply Chain Management</i> (5th ed., 2005), ch. 6
 * ("Lot sizing"); economic order quantity (Harris 1913, Wilson 1934), Silver–Meal (1973), least unit
 * cost, least total cost, part-period balancing (DeMatteis 1968) and Wagner–Whitin (1958) — E.A. Silver,
 * D.F. Pyke, R. Peterson, <i>Inventory Management and Production Planning and Scheduling</i> (3rd ed.,
 * 1998), ch. 6, whose definitions (TRC(T)/T, cost per unit, holding cost against setup cost,
 * part-periods against the economic part-period S/h, and the dynamic programme over all pairs of
 * order and last-covered periods) are the ones coded below.
 */
final class ReferenceLotSizing {

    /** Shortfalls, surpluses and lots of at most this much are taken as none (the engine's documented tolerance). */
    private static final double EPSILON = 1e-9;
    /** Costs closer than this, relative to the lower, are equally good. */
    private static final double TIE = 1e-9;

    private ReferenceLotSizing() {
    }

    /** Quantity received in each period under the policy. */
    static double[] orders(LotSizingProblem problem, LotSizingPolicy policy) {
        if (policy.rule() == LotSizingRule.WAGNER_WHITIN) {
            return wagnerWhitin(problem, policy);
        }
        double[] demand = problem.demand();
        int periods = demand.length;
        // fixed before the first order, from the whole horizon (an unusable EOQ fails even without one)
        double fixedLot = switch (policy.rule()) {
            case FIXED_ORDER_QUANTITY -> policy.fixedQuantity();
            case ECONOMIC_ORDER_QUANTITY -> policy.fixedQuantity() > 0 ? policy.fixedQuantity() : economicOrderQuantity(problem);
            default -> 0;
        };
        int poqPeriods = policy.rule() != LotSizingRule.PERIOD_ORDER_QUANTITY ? 0
                : policy.periods() > 0 ? policy.periods() : periodOrderQuantityPeriods(problem);

        double[] orders = new double[periods];
        double stock = problem.initialInventory();
        for (int t = 0; t < periods; t++) {
            if (stock < demand[t] - EPSILON) {
                double shortfall = demand[t] - stock;
                double lot = switch (policy.rule()) {
                    case LOT_FOR_LOT -> shortfall;
                    case FIXED_ORDER_QUANTITY, ECONOMIC_ORDER_QUANTITY -> smallestMultipleCovering(fixedLot, shortfall);
                    case PERIOD_ORDER_QUANTITY -> lotThrough(demand, t, shortfall, Math.min(periods - 1, t + poqPeriods - 1));
                    case SILVER_MEAL -> lotThrough(demand, t, shortfall, silverMeal(problem, t));
                    case LEAST_UNIT_COST -> lotThrough(demand, t, shortfall, leastUnitCost(problem, t, shortfall));
                    case LEAST_TOTAL_COST -> lotThrough(demand, t, shortfall, leastTotalCost(problem, t));
                    case PART_PERIOD_BALANCING -> lotThrough(demand, t, shortfall, partPeriodBalancing(problem, t));
                    case WAGNER_WHITIN -> throw new IllegalStateException("planned as a whole");
                };
                orders[t] = withModifiers(lot, policy);
                stock += orders[t];
            }
            stock -= demand[t];
        }
        return orders;
    }

    /** Wilson's EOQ: sqrt(2 D S / H) with D, S and H the averages per period over the horizon. */
    private static double economicOrderQuantity(LotSizingProblem problem) {
        double holding = mean(problem.holdingCost());
        if (holding <= 0) {
            throw new IllegalArgumentException("economic order quantity needs a positive holding cost");
        }
        return Math.sqrt(2 * mean(problem.demand()) * mean(problem.orderingCost()) / holding);
    }

    /** Orlicky's POQ: the EOQ expressed in periods of average demand, rounded, at least one. */
    private static int periodOrderQuantityPeriods(LotSizingProblem problem) {
        double demand = mean(problem.demand());
        if (demand <= 0) {
            return 1;
        }
        return (int) Math.max(1, Math.round(economicOrderQuantity(problem) / demand));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    /** APICS: a fixed quantity, "or multiples thereof", whichever first covers the shortfall; no lot at all orders the shortfall. */
    private static double smallestMultipleCovering(double lot, double shortfall) {
        if (lot <= 0) {
            return shortfall;
        }
        double multiples = Math.ceil(shortfall / lot - EPSILON);
        return multiples * lot;
    }

    private static double withModifiers(double lot, LotSizingPolicy policy) {
        double raised = Math.max(lot, policy.minimumOrderQuantity());
        return policy.orderMultiple() > 0 ? smallestMultipleCovering(policy.orderMultiple(), raised) : raised;
    }

    /** The shortfall of period first plus the whole requirement of first+1 .. last. */
    private static double lotThrough(double[] demand, int first, double shortfall, int last) {
        double lot = shortfall;
        for (int j = first + 1; j <= last; j++) {
            lot += demand[j];
        }
        return lot;
    }

    /**
     * Holding cost of each lot arriving in period first: holding[last] for the lot that covers
     * through last, the sum over j in first+1..last of demand(j) x (h(first) + ... + h(j-1)); the
     * shortfall of first is used at once. Built period by period, for every last at once.
     */
    private static double[] holdingCosts(double[] demand, double[] holdingCost, int first) {
        double[] holding = new double[demand.length];
        double perUnit = 0;
        for (int j = first + 1; j < demand.length; j++) {
            perUnit += holdingCost[j - 1];
            holding[j] = holding[j - 1] + demand[j] * perUnit;
        }
        return holding;
    }

    /** Silver–Meal: the first T at which the total relevant cost per period, TRC(T)/T, stops falling. */
    private static int silverMeal(LotSizingProblem problem, int first) {
        double[] holding = holdingCosts(problem.demand(), problem.holdingCost(), first);
        double setup = problem.orderingCost()[first];
        int last = first;
        while (last + 1 < problem.periods()
                && lower((setup + holding[last + 1]) / (last + 2 - first), (setup + holding[last]) / (last + 1 - first))) {
            last++;
        }
        return last;
    }

    /**
     * Periods a lot can end in: the order period and each later period with a requirement (a lot
     * ending in a period without one costs and holds the same as the shorter lot, so it is no candidate).
     */
    private static int[] candidateEnds(double[] demand, int first) {
        int count = 1;
        for (int j = first + 1; j < demand.length; j++) {
            count += demand[j] > 0 ? 1 : 0;
        }
        int[] ends = new int[count];
        int c = 0;
        ends[c++] = first;
        for (int j = first + 1; j < demand.length; j++) {
            if (demand[j] > 0) {
                ends[c++] = j;
            }
        }
        return ends;
    }

    /** Least unit cost: the first candidate lot at which (ordering + holding cost) / units stops falling. */
    private static int leastUnitCost(LotSizingProblem problem, int first, double shortfall) {
        double[] demand = problem.demand();
        double[] holding = holdingCosts(demand, problem.holdingCost(), first);
        double setup = problem.orderingCost()[first];
        int[] ends = candidateEnds(demand, first);
        int chosen = 0;
        while (chosen + 1 < ends.length) {
            int now = ends[chosen];
            int next = ends[chosen + 1];
            double unitCostNow = (setup + holding[now]) / lotThrough(demand, first, shortfall, now);
            double unitCostNext = (setup + holding[next]) / lotThrough(demand, first, shortfall, next);
            if (!lower(unitCostNext, unitCostNow)) {
                break;
            }
            chosen++;
        }
        return ends[chosen];
    }

    /** Least total cost: the candidate lot whose holding cost comes closest to the ordering cost. */
    private static int leastTotalCost(LotSizingProblem problem, int first) {
        double[] holding = holdingCosts(problem.demand(), problem.holdingCost(), first);
        int[] ends = candidateEnds(problem.demand(), first);
        double[] candidates = new double[ends.length];
        for (int c = 0; c < ends.length; c++) {
            candidates[c] = holding[ends[c]];
        }
        return ends[closest(candidates, problem.orderingCost()[first])];
    }

    /**
     * Part-period balancing: the candidate lot whose part-periods (each unit times the periods it is
     * held) come closest to the economic part-period S/h of the order period.
     */
    private static int partPeriodBalancing(LotSizingProblem problem, int first) {
        int[] ends = candidateEnds(problem.demand(), first);
        double holding = problem.holdingCost()[first];
        if (holding <= 0) {
            // nothing costs to hold: one lot for the rest of the horizon
            return ends[ends.length - 1];
        }
        double[] partPeriods = new double[ends.length];
        for (int c = 1; c < ends.length; c++) {
            partPeriods[c] = partPeriods[c - 1] + problem.demand()[ends[c]] * (ends[c] - first);
        }
        return ends[closest(partPeriods, problem.orderingCost()[first] / holding)];
    }

    /**
     * Index of the value nearest the target among values that never fall: the last one not above the
     * target, or the first one above it when that is nearer (of equally near ones, the first).
     */
    private static int closest(double[] values, double target) {
        int below = 0;
        while (below + 1 < values.length && values[below + 1] <= target) {
            below++;
        }
        boolean aboveIsNearer = below + 1 < values.length && lower(values[below + 1] - target, target - values[below]);
        return aboveIsNearer ? below + 1 : below;
    }

    /** a is lower than b by more than TIE of a: equal costs added up in another order are not told apart. */
    private static boolean lower(double a, double b) {
        return a < b && b - a > TIE * Math.abs(a);
    }

    /**
     * Wagner–Whitin on the requirements the initial stock leaves. The whole programme is solved from
     * scratch each time: f(n) = 0 and f(i) = min over j >= i of cost(i, j) + f(j + 1), every (i, j) pair.
     * When a modifier enlarges an order, the surplus is taken from the following requirements and the
     * programme is solved again for what remains after the enlarged lot.
     */
    private static double[] wagnerWhitin(LotSizingProblem problem, LotSizingPolicy policy) {
        int periods = problem.periods();
        double[] net = new double[periods];
        double stock = problem.initialInventory();
        for (int t = 0; t < periods; t++) {
            net[t] = Math.max(0, problem.demand()[t] - stock);
            stock = Math.max(0, stock - problem.demand()[t]);
        }
        double[] orders = new double[periods];
        int from = 0;
        solving:
        while (from < periods) {
            int[] lastCovered = solve(problem, net, from);
            for (int i = from; i < periods; i = lastCovered[i] + 1) {
                double lot = lotThrough(net, i, net[i], lastCovered[i]);
                if (lot > EPSILON) {
                    orders[i] = withModifiers(lot, policy);
                    double surplus = orders[i] - lot;
                    if (surplus > EPSILON) {
                        for (int t = lastCovered[i] + 1; t < periods && surplus > 0; t++) {
                            double taken = Math.min(surplus, net[t]);
                            net[t] -= taken;
                            surplus -= taken;
                        }
                        from = lastCovered[i] + 1;
                        continue solving;
                    }
                }
            }
            break;
        }
        return orders;
    }

    /** lastCovered[i]: the last period of the optimal lot arriving in i, for every i from on. */
    private static int[] solve(LotSizingProblem problem, double[] net, int from) {
        int periods = net.length;
        double[] f = new double[periods + 1];
        int[] lastCovered = new int[periods];
        for (int i = periods - 1; i >= from; i--) {
            double[] holding = holdingCosts(net, problem.holdingCost(), i);
            f[i] = Double.POSITIVE_INFINITY;
            double units = 0;
            for (int j = i; j < periods; j++) {
                units += net[j];
                double cost = (units > EPSILON ? problem.orderingCost()[i] : 0) + holding[j] + f[j + 1];
                if (lower(cost, f[i])) {
                    f[i] = cost;
                    lastCovered[i] = j;
                }
            }
        }
        return lastCovered;
    }
}
