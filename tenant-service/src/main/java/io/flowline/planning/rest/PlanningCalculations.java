package io.flowline.planning.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.flowline.api.planning.AvailableToPromiseRequest;
import io.flowline.api.planning.AvailableToPromiseResult;
import io.flowline.api.planning.ForecastRequest;
import io.flowline.api.planning.InventoryPolicyRequest;
import io.flowline.api.planning.InventoryPolicyResult;
import io.flowline.api.planning.LotSizingRequest;
import io.flowline.api.planning.LotSizingResult;
import io.flowline.api.planning.MrpExceptionMessage;
import io.flowline.api.planning.MrpLotSizing;
import io.flowline.api.planning.MrpRecordRequest;
import io.flowline.api.planning.MrpRecordResult;
import io.flowline.api.platform.Problem.FieldError;
import io.flowline.catalog.UnitOfMeasure;
import io.flowline.planning.engine.AvailableToPromise;
import io.flowline.planning.engine.ForecastMethod;
import io.flowline.planning.engine.ForecastResult;
import io.flowline.planning.engine.ForecastSettings;
import io.flowline.planning.engine.Forecasting;
import io.flowline.planning.engine.LotSizing;
import io.flowline.planning.engine.LotSizingPlan;
import io.flowline.planning.engine.LotSizingPolicy;
import io.flowline.planning.engine.LotSizingProblem;
import io.flowline.planning.engine.LotSizingRule;
import io.flowline.planning.engine.MrpCalculator;
import io.flowline.planning.engine.MrpException;
import io.flowline.planning.engine.QuantityPrecision;
import io.flowline.planning.engine.MrpRecord;
import io.flowline.planning.engine.PlanningItem;
import io.flowline.platform.problem.rest.ApiProblem;
import io.flowline.purchasing.engine.InventoryPolicy;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;

/**
 * Maps the calculator requests onto the planning engine and its results back: checks what Bean
 * Validation cannot (names, lengths that must agree, parameters a rule or method needs), so the
 * engine is only called with input it accepts and every mistake is a 400 naming the JSON field.
 */
final class PlanningCalculations {

    private static final Map<String, LotSizingRule> RULES = apiNames(LotSizingRule.values());
    /** Rules that trade ordering against holding cost; without both costs their answer would mean nothing. */
    private static final Set<LotSizingRule> COST_BASED = Set.of(LotSizingRule.LEAST_UNIT_COST, LotSizingRule.LEAST_TOTAL_COST,
            LotSizingRule.PART_PERIOD_BALANCING, LotSizingRule.SILVER_MEAL, LotSizingRule.WAGNER_WHITIN);
    private static final Map<String, ForecastMethod> FORECAST_METHODS = new LinkedHashMap<>();
    private static final List<String> ATP_METHODS = List.of("discrete", "cumulative", "cumulative_look_ahead");
    /** Engine results are doubles; nine decimals keep every meaningful digit and drop binary noise such as 0.30000000000000004. */
    private static final int DECIMALS = 9;
    private static final int DEFAULT_WINDOW = 3;
    private static final double DEFAULT_ALPHA = 0.3;
    private static final double DEFAULT_BETA = 0.1;
    private static final double DEFAULT_GAMMA = 0.1;

    static {
        FORECAST_METHODS.put("moving_average", ForecastMethod.MOVING_AVERAGE);
        FORECAST_METHODS.put("simple_exponential_smoothing", ForecastMethod.SIMPLE_EXPONENTIAL_SMOOTHING);
        FORECAST_METHODS.put("holt", ForecastMethod.HOLT_LINEAR_TREND);
        FORECAST_METHODS.put("holt_winters", ForecastMethod.HOLT_WINTERS_ADDITIVE);
        FORECAST_METHODS.put("auto", ForecastMethod.AUTO);
    }

    private PlanningCalculations() {
    }

    static LotSizingResult lotSizing(LotSizingRequest request) {
        List<FieldError> errors = new ArrayList<>();
        LotSizingRule rule = oneOf(RULES, request.rule(), "rule", errors);
        double[] demand = quantities(request.demand(), "demand", errors);
        double[] ordering = perPeriod(request.orderingCost(), "ordering_cost", demand.length, errors);
        double[] holding = perPeriod(request.holdingCost(), "holding_cost", demand.length, errors);
        double initialInventory = value(request.initialInventory(), "initial_inventory", errors);
        double fixedQuantity = value(request.fixedQuantity(), "fixed_quantity", errors);
        double minimum = value(request.minimumOrderQuantity(), "minimum_order_quantity", errors);
        double multiple = value(request.orderMultiple(), "order_multiple", errors);
        int periods = request.periods() == null ? 0 : request.periods();
        if (rule == LotSizingRule.FIXED_ORDER_QUANTITY && request.fixedQuantity() == null) {
            errors.add(new FieldError("fixed_quantity", "is required for rule fixed_order_quantity"));
        }
        if (errors.isEmpty() && derivesEconomicOrderQuantity(rule, request.fixedQuantity(), request.periods())
                && average(demand) > 0 && average(holding) <= 0) {
            errors.add(new FieldError("holding_cost", "must be positive for rule " + apiName(rule)
                    + ", which derives the economic order quantity from it"));
        }
        throwIfAny(errors);
        LotSizingProblem problem = new LotSizingProblem(demand, ordering, holding, initialInventory);
        LotSizingPlan plan = engine(() -> LotSizing.plan(problem, new LotSizingPolicy(rule, fixedQuantity, periods, minimum, multiple,
                precision(request.unit()))));
        return new LotSizingResult(numbers(plan.orders()), number(plan.totalCost()), number(plan.orderingCostTotal()),
                number(plan.holdingCostTotal()));
    }

    static MrpRecordResult mrpRecord(MrpRecordRequest request) {
        List<FieldError> errors = new ArrayList<>();
        double[] gross = quantities(request.grossRequirements(), "gross_requirements", errors);
        double[] receipts = quantities(request.scheduledReceipts(), "scheduled_receipts", errors);
        if (receipts.length != gross.length) {
            errors.add(new FieldError("scheduled_receipts", onePerPeriod("gross_requirements", gross.length, receipts.length)));
        }
        double onHand = value(request.onHand(), "on_hand", errors);
        double safetyStock = value(request.safetyStock(), "safety_stock", errors);
        MrpLotSizing lotSizing = request.lotSizing();
        LotSizingRule rule = oneOf(RULES, lotSizing.rule(), "lot_sizing.rule", errors);
        double fixedQuantity = value(lotSizing.fixedQuantity(), "lot_sizing.fixed_quantity", errors);
        double minimum = value(lotSizing.minimumOrderQuantity(), "lot_sizing.minimum_order_quantity", errors);
        double multiple = value(lotSizing.orderMultiple(), "lot_sizing.order_multiple", errors);
        double orderingCost = value(lotSizing.orderingCost(), "lot_sizing.ordering_cost", errors);
        double holdingCost = value(lotSizing.holdingCost(), "lot_sizing.holding_cost", errors);
        if (rule == LotSizingRule.FIXED_ORDER_QUANTITY && lotSizing.fixedQuantity() == null) {
            errors.add(new FieldError("lot_sizing.fixed_quantity", "is required for rule fixed_order_quantity"));
        }
        boolean economic = derivesEconomicOrderQuantity(rule, lotSizing.fixedQuantity(), lotSizing.periods());
        if (economic || rule != null && COST_BASED.contains(rule)) {
            if (lotSizing.orderingCost() == null) {
                errors.add(new FieldError("lot_sizing.ordering_cost", "is required for rule " + apiName(rule)));
            }
            if (lotSizing.holdingCost() == null) {
                errors.add(new FieldError("lot_sizing.holding_cost", "is required for rule " + apiName(rule)));
            } else if (economic && holdingCost <= 0) {
                errors.add(new FieldError("lot_sizing.holding_cost", "must be positive for rule " + apiName(rule)
                        + ", which derives the economic order quantity from it"));
            }
        }
        throwIfAny(errors);
        int periods = lotSizing.periods() == null ? 0 : lotSizing.periods();
        PlanningItem item = new PlanningItem(request.leadTime(), onHand, safetyStock, receipts,
                new LotSizingPolicy(rule, fixedQuantity, periods, minimum, multiple, precision(lotSizing.unit())), orderingCost, holdingCost);
        MrpRecord record = engine(() -> MrpCalculator.calculate(item, gross));
        return new MrpRecordResult(numbers(record.projectedAvailable()), numbers(record.netRequirements()),
                numbers(record.plannedOrderReceipts()), numbers(record.plannedOrderReleases()),
                record.exceptions().stream().map(e -> exceptionMessage(e, item.lotSizing().precision())).toList());
    }

    static AvailableToPromiseResult availableToPromise(AvailableToPromiseRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String method = request.method();
        if (!ATP_METHODS.contains(method)) {
            errors.add(new FieldError("method", "must be one of " + String.join(", ", ATP_METHODS)));
        }
        double onHand = value(request.onHand(), "on_hand", errors);
        double[] masterSchedule = quantities(request.masterSchedule(), "master_schedule", errors);
        double[] customerOrders = quantities(request.customerOrders(), "customer_orders", errors);
        if (customerOrders.length != masterSchedule.length) {
            errors.add(new FieldError("customer_orders", onePerPeriod("master_schedule", masterSchedule.length, customerOrders.length)));
        }
        throwIfAny(errors);
        double[] atp = engine(() -> switch (method) {
            case "discrete" -> AvailableToPromise.discrete(onHand, masterSchedule, customerOrders);
            case "cumulative" -> AvailableToPromise.cumulativeWithoutLookAhead(onHand, masterSchedule, customerOrders);
            default -> AvailableToPromise.cumulativeWithLookAhead(onHand, masterSchedule, customerOrders);
        });
        return new AvailableToPromiseResult(numbers(atp));
    }

    static io.flowline.api.planning.ForecastResult forecast(ForecastRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ForecastMethod method = oneOf(FORECAST_METHODS, request.method(), "method", errors);
        double[] history = quantities(request.history(), "history", errors);
        int window = request.window() == null ? DEFAULT_WINDOW : request.window();
        int seasonLength = request.seasonLength() == null ? 0 : request.seasonLength();
        double alpha = request.alpha() == null ? DEFAULT_ALPHA : request.alpha().doubleValue();
        double beta = request.beta() == null ? DEFAULT_BETA : request.beta().doubleValue();
        double gamma = request.gamma() == null ? DEFAULT_GAMMA : request.gamma().doubleValue();
        double initialLevel = request.initialLevel() == null ? Double.NaN : value(request.initialLevel(), "initial_level", errors);
        double initialTrend = request.initialTrend() == null ? Double.NaN : value(request.initialTrend(), "initial_trend", errors);
        if (request.initialTrend() != null && request.initialLevel() == null) {
            errors.add(new FieldError("initial_trend", "needs initial_level"));
        }
        int n = history.length;
        if (method == ForecastMethod.MOVING_AVERAGE && window > n) {
            errors.add(new FieldError("window", "must not exceed the length of history (" + n + ")"
                    + (request.window() == null ? "; it is " + DEFAULT_WINDOW + " when absent" : "")));
        } else if (method == ForecastMethod.HOLT_LINEAR_TREND && request.initialLevel() == null && n < 2) {
            errors.add(new FieldError("history", "needs at least 2 periods for method holt, or give initial_level"));
        } else if (method == ForecastMethod.HOLT_WINTERS_ADDITIVE) {
            if (request.seasonLength() == null) {
                errors.add(new FieldError("season_length", "is required for method holt_winters"));
            } else if (n < 2 * seasonLength) {
                errors.add(new FieldError("history", "needs at least two seasons (" + 2 * seasonLength
                        + " periods) for method holt_winters, not " + n));
            }
        }
        throwIfAny(errors);
        ForecastSettings settings = new ForecastSettings(method, window, alpha, beta, gamma, seasonLength, initialLevel, initialTrend);
        ForecastResult result = engine(() -> Forecasting.forecast(history, request.horizon(), settings));
        return new io.flowline.api.planning.ForecastResult(numbers(result.forecast()), numbers(result.fitted()),
                number(result.meanAbsoluteError()), number(result.meanAbsolutePercentageError()),
                number(result.rootMeanSquaredError()), forecastMethodName(result.method()));
    }

    static InventoryPolicyResult inventoryPolicy(InventoryPolicyRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, BigDecimal> eoqInputs = new LinkedHashMap<>();
        eoqInputs.put("annual_demand", request.annualDemand());
        eoqInputs.put("ordering_cost", request.orderingCost());
        eoqInputs.put("holding_cost_per_unit_year", request.holdingCostPerUnitYear());
        Map<String, BigDecimal> safetyInputs = new LinkedHashMap<>();
        safetyInputs.put("service_level", request.serviceLevel());
        safetyInputs.put("lead_time_demand_std_dev", request.leadTimeDemandStdDev());
        boolean eoq = requireAllOrNone(eoqInputs, "eoq", errors);
        boolean computedSafetyStock = requireAllOrNone(safetyInputs, "safety_stock", errors);
        boolean givenSafetyStock = request.safetyStock() != null;
        boolean mean = request.leadTimeDemandMean() != null;
        if (computedSafetyStock && givenSafetyStock) {
            errors.add(new FieldError("safety_stock", "give either safety_stock or service_level with lead_time_demand_std_dev, not both"));
        } else if (mean && !computedSafetyStock && !givenSafetyStock) {
            errors.add(new FieldError("safety_stock", "is required (or service_level with lead_time_demand_std_dev) to compute reorder_point"));
        } else if (givenSafetyStock && !mean) {
            errors.add(new FieldError("lead_time_demand_mean", "is required with safety_stock to compute reorder_point"));
        }
        if (!eoq && !computedSafetyStock && !givenSafetyStock && !mean && errors.isEmpty()) {
            errors.add(new FieldError("body", "give annual_demand, ordering_cost and holding_cost_per_unit_year for eoq, or "
                    + "lead_time_demand_mean with service_level and lead_time_demand_std_dev (or safety_stock) for reorder_point"));
        }
        double annualDemand = value(request.annualDemand(), "annual_demand", errors);
        double orderingCost = value(request.orderingCost(), "ordering_cost", errors);
        double holdingCost = value(request.holdingCostPerUnitYear(), "holding_cost_per_unit_year", errors);
        double leadTimeDemandMean = value(request.leadTimeDemandMean(), "lead_time_demand_mean", errors);
        double standardDeviation = value(request.leadTimeDemandStdDev(), "lead_time_demand_std_dev", errors);
        double serviceLevel = value(request.serviceLevel(), "service_level", errors);
        double safetyStockGiven = value(request.safetyStock(), "safety_stock", errors);
        throwIfAny(errors);
        return engine(() -> {
            Double safetyStock = null;
            if (computedSafetyStock) {
                safetyStock = InventoryPolicy.safetyStock(serviceLevel, standardDeviation);
            } else if (givenSafetyStock) {
                safetyStock = safetyStockGiven;
            }
            return new InventoryPolicyResult(
                    eoq ? number(InventoryPolicy.economicOrderQuantity(annualDemand, orderingCost, holdingCost)) : null,
                    safetyStock == null ? null : number(safetyStock),
                    safetyStock != null && mean ? number(leadTimeDemandMean + safetyStock) : null);
        });
    }

    /** True when every input of a result is given; errors for the missing ones when only some are. */
    private static boolean requireAllOrNone(Map<String, BigDecimal> inputs, String result, List<FieldError> errors) {
        long given = inputs.values().stream().filter(v -> v != null).count();
        if (given > 0 && given < inputs.size()) {
            inputs.forEach((name, v) -> {
                if (v == null) {
                    errors.add(new FieldError(name, "is required with " + inputs.keySet().stream()
                            .filter(other -> inputs.get(other) != null).reduce((a, b) -> a + " and " + b).orElseThrow()
                            + " to compute " + result));
                }
            });
        }
        return given == inputs.size();
    }

    /** EOQ, and POQ without a period count, compute the EOQ from the average holding cost. */
    private static boolean derivesEconomicOrderQuantity(LotSizingRule rule, BigDecimal fixedQuantity, Integer periods) {
        return rule == LotSizingRule.ECONOMIC_ORDER_QUANTITY && fixedQuantity == null
                || rule == LotSizingRule.PERIOD_ORDER_QUANTITY && periods == null;
    }

    private static MrpExceptionMessage exceptionMessage(MrpException exception, QuantityPrecision unit) {
        return new MrpExceptionMessage(exception.type().name().toLowerCase(), exception.period(), exception.suggestedPeriod(),
                number(exception.quantity()), exception.message(unit));
    }

    /** A unit named in the request counts as an item's unit does (catalog.UnitOfMeasure); none is continuous, as before. */
    private static QuantityPrecision precision(String unit) {
        return unit == null || unit.isBlank() ? QuantityPrecision.CONTINUOUS
                : QuantityPrecision.ofDecimals(Math.min(UnitOfMeasure.of(unit).decimals(), QuantityPrecision.MAX_DECIMALS));
    }

    /** A cost given once for every period, or as one value per period. */
    static double[] perPeriod(JsonValue value, String field, int periods, List<FieldError> errors) {
        double[] values = new double[periods];
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            errors.add(new FieldError(field, "is required"));
        } else if (value instanceof JsonNumber number) {
            Arrays.fill(values, nonNegative(number, field, errors));
        } else if (value instanceof JsonArray array) {
            if (array.size() != periods) {
                errors.add(new FieldError(field, onePerPeriod("demand", periods, array.size())));
            }
            for (int t = 0; t < array.size(); t++) {
                String element = field + "[" + t + "]";
                double cost = array.get(t) instanceof JsonNumber number ? nonNegative(number, element, errors) : notANumber(element, errors);
                if (t < periods) {
                    values[t] = cost;
                }
            }
        } else {
            errors.add(new FieldError(field, "must be a number, or an array with one number per period"));
        }
        return values;
    }

    private static double nonNegative(JsonNumber number, String field, List<FieldError> errors) {
        BigDecimal value = number.bigDecimalValue();
        if (value.signum() < 0) {
            errors.add(new FieldError(field, "must be greater than or equal to 0"));
            return 0;
        }
        return value(value, field, errors);
    }

    private static double notANumber(String field, List<FieldError> errors) {
        errors.add(new FieldError(field, "must be a number"));
        return 0;
    }

    private static String onePerPeriod(String of, int expected, int actual) {
        return "needs one value per period of " + of + " (" + expected + "), not " + actual;
    }

    private static double[] quantities(List<BigDecimal> values, String field, List<FieldError> errors) {
        double[] quantities = new double[values.size()];
        for (int t = 0; t < quantities.length; t++) {
            quantities[t] = value(values.get(t), field + "[" + t + "]", errors);
        }
        return quantities;
    }

    /** A number the engine can compute with; absent is 0. */
    private static double value(BigDecimal value, String field, List<FieldError> errors) {
        if (value == null) {
            return 0;
        }
        double converted = value.doubleValue();
        if (Double.isInfinite(converted)) {
            errors.add(new FieldError(field, "is too large"));
            return 0;
        }
        return converted;
    }

    private static <T> T oneOf(Map<String, T> allowed, String name, String field, List<FieldError> errors) {
        T value = allowed.get(name);
        if (value == null) {
            errors.add(new FieldError(field, "must be one of " + String.join(", ", allowed.keySet())));
        }
        return value;
    }

    private static Map<String, LotSizingRule> apiNames(LotSizingRule[] rules) {
        Map<String, LotSizingRule> names = new LinkedHashMap<>();
        for (LotSizingRule rule : rules) {
            names.put(apiName(rule), rule);
        }
        return names;
    }

    private static String apiName(LotSizingRule rule) {
        return rule.name().toLowerCase();
    }

    private static String forecastMethodName(ForecastMethod method) {
        return FORECAST_METHODS.entrySet().stream().filter(e -> e.getValue() == method).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ApiProblem.Invalid(errors);
        }
    }

    /**
     * The checks above keep the engine's preconditions; should one slip through, the caller still gets a
     * 400 with the engine's reason rather than a 500.
     */
    private static <T> T engine(Supplier<T> calculation) {
        try {
            return calculation.get();
        } catch (IllegalArgumentException e) {
            throw new ApiProblem.Invalid("body", e.getMessage());
        }
    }

    private static double average(double[] values) {
        return values.length == 0 ? 0 : Arrays.stream(values).sum() / values.length;
    }

    private static List<BigDecimal> numbers(double[] values) {
        List<BigDecimal> numbers = new ArrayList<>(values.length);
        for (double value : values) {
            numbers.add(number(value));
        }
        return numbers;
    }

    /** A JSON number without binary noise or exponent; null for NaN (no value). */
    static BigDecimal number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        BigDecimal number = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0) : number;
    }
}
