package io.flowline.planning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import io.flowline.api.planning.PlannedOrder.Peg;
import io.flowline.platform.json.JsonbConfigurator;

import org.junit.jupiter.api.Test;

/** The pegging column written by hand is exactly what JSON-B writes, and reads back as the same pegs. */
class PlannedOrderRowsTest {

    @Test
    void peggingIsWhatJsonbWrites() {
        List<Peg> pegs = List.of(
                new Peg("sales_order_line", "ord_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", "orl_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", null, null, new BigDecimal("40")),
                new Peg("planned_order", null, null, "plo_01JD0Z8V6Q3N4R5S6T7V8W9X0Z", null, new BigDecimal("12.125")),
                new Peg("work_order", null, null, null, "wor_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", new BigDecimal("0.000001")));

        String json = PlannedOrderRows.pegging(pegs);

        assertEquals(JsonbConfigurator.jsonb().toJson(pegs), json);
        assertArrayEquals(pegs.toArray(Peg[]::new), JsonbConfigurator.jsonb().fromJson(json, Peg[].class));
    }

    @Test
    void noPegsIsNoPegging() {
        assertNull(PlannedOrderRows.pegging(List.of()));
    }
}
