package io.flowline.planning.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import io.flowline.api.planning.AvailableToPromiseRequest;
import io.flowline.api.planning.ForecastRequest;
import io.flowline.api.planning.ForecastResult;
import io.flowline.api.planning.InventoryPolicyRequest;
import io.flowline.api.planning.InventoryPolicyResult;
import io.flowline.api.planning.LotSizingRequest;
import io.flowline.api.planning.LotSizingResult;
import io.flowline.api.planning.MrpLotSizing;
import io.flowline.api.planning.MrpRecordRequest;
import io.flowline.api.planning.MrpRecordResult;
import io.flowline.api.platform.Problem.FieldError;
import io.flowline.platform.problem.rest.ApiProblem;
import jakarta.json.Json;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/** The request checks and the mapping to and from the engine, without a server. */
class PlanningCalculationsTest {

    private static final List<BigDecimal> WAGNER_WHITIN_DEMAND = numbers(69, 29, 36, 61, 61, 26, 34, 67, 45, 67, 79, 56);
    private static final JsonValue WAGNER_WHITIN_ORDERING = Json.createArrayBuilder(
            List.of(85, 102, 102, 101, 98, 114, 105, 86, 119, 110, 98, 114)).build();

    /** Wagner &amp; Whitin (1958), Management Science 5(1), 89-96: the published optimum is 864. */
    @Test
    void wagnerWhitinWithPerPeriodOrderingCostAndOneHoldingCost() {
        LotSizingResult result = PlanningCalculations.lotSizing(lotSizing("wagner_whitin", WAGNER_WHITIN_DEMAND,
                WAGNER_WHITIN_ORDERING, Json.createValue(1)));
        assertEquals(numbers(98, 0, 97, 0, 121, 0, 0, 112, 0, 67, 135, 0), result.orders());
        assertEquals(new BigDecimal("864"), result.totalCost());
        assertEquals(new BigDecimal("579"), result.orderingCostTotal());
        assertEquals(new BigDecimal("285"), result.holdingCostTotal());
    }

    @Test
    void unknownRuleNamesTheAllowedOnes() {
        ApiProblem.Invalid problem = invalid(() -> PlanningCalculations.lotSizing(lotSizing("cheapest", WAGNER_WHITIN_DEMAND,
                Json.createValue(100), Json.createValue(1))));
        assertEquals(List.of("rule"), fields(problem));
        assertTrue(problem.errors().get(0).message().contains("lot_for_lot") && problem.errors().get(0).message().contains("wagner_whitin"));
    }

    @Test
    void perPeriodCostsMustMatchTheDemandAndNotBeNegative() {
        ApiProblem.Invalid problem = invalid(() -> PlanningCalculations.lotSizing(lotSizing("silver_meal", numbers(10, 20, 30),
                Json.createArrayBuilder().add(1).add(2).build(), Json.createArrayBuilder().add(1).add(-1).add(1).build())));
        assertEquals(List.of("holding_cost[1]", "ordering_cost"), fields(problem));
        assertEquals("needs one value per period of demand (3), not 2", problem.errors().get(1).message());

        ApiProblem.Invalid wrongType = invalid(() -> PlanningCalculations.lotSizing(lotSizing("silver_meal", numbers(10),
                Json.createValue("cheap"), Json.createArrayBuilder().add("x").build())));
        assertEquals(List.of("holding_cost[0]", "ordering_cost"), fields(wrongType));
    }

    @Test
    void fixedOrderQuantityNeedsItsQuantityAndEoqAHoldingCost() {
        assertEquals(List.of("fixed_quantity"), fields(invalid(() -> PlanningCalculations.lotSizing(
                lotSizing("fixed_order_quantity", numbers(10, 20), Json.createValue(100), Json.createValue(1))))));
        assertEquals(List.of("holding_cost"), fields(invalid(() -> PlanningCalculations.lotSizing(
                lotSizing("economic_order_quantity", numbers(10, 20), Json.createValue(100), Json.createValue(0))))));
    }

    /** Same record as MrpCalculatorTest's hand-computed lot-for-lot example. */
    @Test
    void mrpRecordMapsTheEngineRecordAndItsMessages() {
        MrpRecordResult result = PlanningCalculations.mrpRecord(new MrpRecordRequest(numbers(20, 15, 30, 10, 25, 40, 20, 30),
                numbers(0, 30, 0, 0, 0, 0, 0, 0), BigDecimal.valueOf(40), 2, BigDecimal.TEN, mrpLotSizing("lot_for_lot", null, null)));
        assertEquals(numbers(20, 35, 10, 10, 10, 10, 10, 10), result.projectedAvailable());
        assertEquals(numbers(5, 10, 25, 40, 20, 30, 0, 0), result.plannedReleases());
        assertEquals("release_now", result.exceptions().get(0).type());
        assertEquals(2, result.exceptions().get(0).suggestedPeriod());
    }

    @Test
    void mrpRecordChecksLengthsRuleAndCosts() {
        ApiProblem.Invalid problem = invalid(() -> PlanningCalculations.mrpRecord(new MrpRecordRequest(numbers(20, 15, 30),
                numbers(0, 30), BigDecimal.ZERO, 1, BigDecimal.ZERO, mrpLotSizing("nonsense", null, null))));
        assertEquals(List.of("lot_sizing.rule", "scheduled_receipts"), fields(problem));

        assertEquals(List.of("lot_sizing.holding_cost", "lot_sizing.ordering_cost"), fields(invalid(() -> PlanningCalculations.mrpRecord(
                new MrpRecordRequest(numbers(20, 15), numbers(0, 0), BigDecimal.ZERO, 1, BigDecimal.ZERO,
                        mrpLotSizing("silver_meal", null, null))))));
    }

    @Test
    void atpMethodsAndLengths() {
        List<BigDecimal> mps = numbers(0, 100, 0, 0, 100, 0);
        List<BigDecimal> orders = numbers(30, 40, 30, 20, 60, 50);
        assertEquals(numbers(20, 0, 0, 0, 0, 0), PlanningCalculations.availableToPromise(
                new AvailableToPromiseRequest(BigDecimal.valueOf(50), mps, orders, "discrete")).atp());
        assertEquals(numbers(20, 80, 50, 30, 70, 20), PlanningCalculations.availableToPromise(
                new AvailableToPromiseRequest(BigDecimal.valueOf(50), mps, orders, "cumulative")).atp());
        assertEquals(numbers(20, 20, 20, 20, 20, 20), PlanningCalculations.availableToPromise(
                new AvailableToPromiseRequest(BigDecimal.valueOf(50), mps, orders, "cumulative_look_ahead")).atp());
        assertEquals(List.of("customer_orders", "method"), fields(invalid(() -> PlanningCalculations.availableToPromise(
                new AvailableToPromiseRequest(BigDecimal.ZERO, mps, numbers(1), "apics")))));
    }

    @Test
    void simpleExponentialSmoothingStartsFromTheFirstObservation() {
        ForecastResult result = PlanningCalculations.forecast(forecast("simple_exponential_smoothing", numbers(10, 20, 30), null, null, 2));
        assertNull(result.fitted().get(0));
        assertEquals(new BigDecimal("10"), result.fitted().get(1));
        assertEquals(new BigDecimal("13"), result.fitted().get(2)); // 0.3 x 20 + 0.7 x 10
        assertEquals(numbers(18.1, 18.1), result.forecast());       // 0.3 x 30 + 0.7 x 13
        assertEquals("simple_exponential_smoothing", result.method());

        ForecastResult withLevel = PlanningCalculations.forecast(forecast("simple_exponential_smoothing", numbers(10, 20), null, 12, 1));
        assertEquals(new BigDecimal("12"), withLevel.fitted().get(0));
    }

    @Test
    void forecastParametersAreCheckedAgainstTheMethod() {
        assertEquals(List.of("method"), fields(invalid(() -> PlanningCalculations.forecast(forecast("crystal_ball", numbers(1, 2), null, null, 1)))));
        assertEquals(List.of("season_length"), fields(invalid(() -> PlanningCalculations.forecast(forecast("holt_winters", numbers(1, 2, 3, 4), null, null, 1)))));
        assertEquals(List.of("history"), fields(invalid(() -> PlanningCalculations.forecast(forecast("holt_winters", numbers(1, 2, 3, 4, 5), 3, null, 1)))));
        assertEquals(List.of("window"), fields(invalid(() -> PlanningCalculations.forecast(forecast("moving_average", numbers(1, 2), null, null, 1)))));
        assertEquals(List.of("history"), fields(invalid(() -> PlanningCalculations.forecast(forecast("holt", numbers(1), null, null, 1)))));
        assertEquals("holt_winters", PlanningCalculations.forecast(forecast("holt_winters", numbers(1, 3, 2, 4), 2, null, 2)).method());
    }

    @Test
    void inventoryPolicyComputesWhatItIsGiven() {
        InventoryPolicyResult both = PlanningCalculations.inventoryPolicy(new InventoryPolicyRequest(BigDecimal.valueOf(1200),
                BigDecimal.valueOf(100), BigDecimal.valueOf(6), BigDecimal.valueOf(100), BigDecimal.valueOf(20), new BigDecimal("0.95"), null));
        assertEquals(new BigDecimal("200"), both.eoq());
        // z(0.95) = 1.644853627 (Wichura's AS 241); x 20
        assertEquals(new BigDecimal("32.897072539"), both.safetyStock());
        assertEquals(new BigDecimal("132.897072539"), both.reorderPoint());

        InventoryPolicyResult eoqOnly = PlanningCalculations.inventoryPolicy(new InventoryPolicyRequest(BigDecimal.valueOf(1200),
                BigDecimal.valueOf(100), BigDecimal.valueOf(6), null, null, null, null));
        assertEquals(new InventoryPolicyResult(new BigDecimal("200"), null, null), eoqOnly);

        InventoryPolicyResult given = PlanningCalculations.inventoryPolicy(new InventoryPolicyRequest(null, null, null,
                BigDecimal.valueOf(100), null, null, BigDecimal.valueOf(30)));
        assertNull(given.eoq());
        assertEquals(new BigDecimal("130"), given.reorderPoint());

        assertEquals(List.of("holding_cost_per_unit_year", "ordering_cost"), fields(invalid(() -> PlanningCalculations.inventoryPolicy(
                new InventoryPolicyRequest(BigDecimal.TEN, null, null, null, null, null, null)))));
        assertEquals(List.of("body"), fields(invalid(() -> PlanningCalculations.inventoryPolicy(
                new InventoryPolicyRequest(null, null, null, null, null, null, null)))));
        assertEquals(List.of("safety_stock"), fields(invalid(() -> PlanningCalculations.inventoryPolicy(
                new InventoryPolicyRequest(null, null, null, BigDecimal.TEN, BigDecimal.ONE, new BigDecimal("0.9"), BigDecimal.ONE)))));
    }

    @Test
    void numbersDropBinaryNoiseAndExponents() {
        assertEquals("0.3", PlanningCalculations.number(0.1 + 0.2).toPlainString());
        assertEquals("1200", PlanningCalculations.number(1200.0).toString());
        assertNull(PlanningCalculations.number(Double.NaN));
    }

    private static LotSizingRequest lotSizing(String rule, List<BigDecimal> demand, JsonValue ordering, JsonValue holding) {
        return new LotSizingRequest(rule, demand, ordering, holding, null, null, null, null, null, null);
    }

    private static MrpLotSizing mrpLotSizing(String rule, BigDecimal ordering, BigDecimal holding) {
        return new MrpLotSizing(rule, null, null, null, null, ordering, holding, null);
    }

    private static ForecastRequest forecast(String method, List<BigDecimal> history, Integer seasonLength, Integer initialLevel, int horizon) {
        return new ForecastRequest(method, history, null, null, null, seasonLength, null,
                initialLevel == null ? null : BigDecimal.valueOf(initialLevel), null, horizon);
    }

    private static ApiProblem.Invalid invalid(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(ApiProblem.Invalid.class, call);
    }

    private static List<String> fields(ApiProblem problem) {
        return problem.errors().stream().map(FieldError::field).toList();
    }

    private static List<BigDecimal> numbers(double... values) {
        return Arrays.stream(values).mapToObj(PlanningCalculations::number).toList();
    }
}
