package io.flowline.planning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.flowline.planning.PlannedOrder.Peg;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.json.JsonbConfigurator;
import io.flowline.platform.pagination.PageRequest;

import org.junit.jupiter.api.Test;

/** An item's planned orders in one row: their ids, the column's form and its reading back, and the pegging of released ones. */
class ItemPlanTest {
    private static final String RUN = "mrp_01JD0Z8V6Q3N4R5S6T7V8W9X0Y";

    @Test
    void aPlannedOrderIdNamesItsRunItemAndPlace() {
        String id = ItemPlan.plannedOrderId(RUN, 1234, 56);

        assertEquals("plo_01JD0Z8V6Q3N4R5S6T7V8W9X0Y-016J-01R", id);
        assertTrue(id.length() <= 40, "fits the id columns");
        assertEquals(new ItemPlan.Position(RUN, 1234, 56), ItemPlan.position(id));
        assertEquals(RUN + "-016J", ItemPlan.position(id).itemPlanId());
        assertEquals(ItemPlan.position(id).itemPlanId(), ItemPlan.id(RUN, 1234));
    }

    @Test
    void idsOfOtherFormsNameNoPosition() {
        assertNull(ItemPlan.position(PublicIds.next("plo")), "a proposal of a run made before item plans");
        assertNull(ItemPlan.position("plo_01JD0Z8V6Q3N4R5S6T7V8W9X0Y-016J"));
        assertNull(ItemPlan.position("plo_01JD0Z8V6Q3N4R5S6T7V8W9X0Y-016I-01R"), "I is no Crockford digit");
        assertNull(ItemPlan.position("wor_01JD0Z8V6Q3N4R5S6T7V8W9X0Y-0000-000"));
        assertNull(ItemPlan.position(null));
    }

    @Test
    void idsSortAsTheRunListsItsOrders() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            int seq = random.nextInt(ItemPlan.MAX_ITEMS);
            int otherSeq = random.nextInt(ItemPlan.MAX_ITEMS);
            int order = random.nextInt(ItemPlan.MAX_ORDERS_PER_ITEM);
            int otherOrder = random.nextInt(ItemPlan.MAX_ORDERS_PER_ITEM);
            int byPlace = seq != otherSeq ? Integer.compare(seq, otherSeq) : Integer.compare(order, otherOrder);
            int byId = ItemPlan.plannedOrderId(RUN, seq, order).compareTo(ItemPlan.plannedOrderId(RUN, otherSeq, otherOrder));
            assertEquals(Integer.signum(byPlace), Integer.signum(byId), seq + "/" + order + " against " + otherSeq + "/" + otherOrder);
            assertEquals(Integer.signum(Integer.compare(seq, otherSeq)), Integer.signum(ItemPlan.id(RUN, seq).compareTo(ItemPlan.id(RUN, otherSeq))));
        }
        assertTrue(ItemPlan.id(RUN, ItemPlan.MAX_ITEMS - 1).compareTo(ItemPlan.idsEnd(RUN)) < 0, "every item plan of the run lies before its end");
        assertThrows(IllegalArgumentException.class, () -> ItemPlan.id(RUN, ItemPlan.MAX_ITEMS));
    }

    @Test
    void aPlannedOrderIdIsACursor() {
        String id = ItemPlan.plannedOrderId(RUN, 3, 4);
        PageRequest page = PageRequest.of(2, null);
        String cursor = page.slice(List.of(id, id, id), s -> s).next();

        assertEquals(id, PageRequest.of(2, cursor).after());
    }

    @Test
    void theColumnReadsBackAsTheOrdersWritten() {
        ItemPlan.Writer writer = new ItemPlan.Writer();
        writer.order("40", 0, 14);
        writer.salesOrderLine("ord_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", "orl_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", "30");
        writer.parent(7, 2, "10");
        writer.order("0.5", 7, 21);
        writer.workOrder("wor_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", "0.000001");
        writer.masterSchedule("mse_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", "4.5");
        writer.order("12", 14, 28);
        assertEquals(3, writer.orders());
        Instant written = Instant.parse("2026-03-01T10:00:00Z");
        ItemPlan plan = new ItemPlan(RUN, 5, LocalDate.of(2026, 3, 2), "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", "make", "{\"filling\":\"pens\"}", 3, writer.finish(), written);

        List<PlannedOrder> orders = plan.plannedOrders();

        assertEquals(3, orders.size());
        PlannedOrder first = orders.get(0);
        assertEquals(ItemPlan.plannedOrderId(RUN, 5, 0), first.id());
        assertEquals(RUN, first.runId());
        assertEquals("itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", first.itemId());
        assertEquals("make", first.kind());
        assertEquals("{\"filling\":\"pens\"}", first.configurationJson());
        assertEquals(new BigDecimal("40"), first.quantity());
        assertEquals(LocalDate.of(2026, 3, 2), first.releaseDate());
        assertEquals(LocalDate.of(2026, 3, 16), first.dueDate());
        assertEquals("planned", first.status(RUN));
        assertEquals("superseded", first.status("mrp_01JD0Z8V6Q3N4R5S6T7V8W9X0Z"));
        assertEquals(written, first.createdAt());
        assertEquals(1, first.version());
        assertEquals(List.of(
                new Peg("sales_order_line", "ord_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", "orl_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", null, null, null, new BigDecimal("30")),
                new Peg("planned_order", null, null, ItemPlan.plannedOrderId(RUN, 7, 2), null, null, new BigDecimal("10"))), first.pegs());
        assertEquals(List.of(new Peg("work_order", null, null, null, "wor_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", null, new BigDecimal("0.000001")),
                new Peg("master_schedule", null, null, null, null, "mse_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", new BigDecimal("4.5"))), orders.get(1).pegs());
        assertEquals(new BigDecimal("0.5"), orders.get(1).quantity());
        assertEquals(LocalDate.of(2026, 3, 23), orders.get(1).dueDate());
        assertEquals(List.of(), orders.get(2).pegs(), "safety stock or lot-size surplus is pegged to nothing");
        assertEquals(ItemPlan.plannedOrderId(RUN, 5, 2), orders.get(2).id());
    }

    @Test
    void aCapacityCheckReadsTheReleasesInItsWindowWithoutPegs() {
        ItemPlan.Writer writer = new ItemPlan.Writer();
        writer.order("40", 0, 14);
        writer.salesOrderLine("ord_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", "orl_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", "30");
        writer.parent(7, 2, "10");
        writer.order("0.5", 7, 21);
        writer.order("12", 14, 28);
        writer.workOrder("wor_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", "12");
        ItemPlan plan = new ItemPlan(RUN, 5, LocalDate.of(2026, 3, 2), "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", "make", null, 3, writer.finish(),
                Instant.parse("2026-03-01T10:00:00Z"));

        assertEquals(List.of(
                new ItemPlan.Release(ItemPlan.plannedOrderId(RUN, 5, 1), "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", new BigDecimal("0.5"), LocalDate.of(2026, 3, 9)),
                new ItemPlan.Release(ItemPlan.plannedOrderId(RUN, 5, 2), "itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", new BigDecimal("12"), LocalDate.of(2026, 3, 16))),
                plan.releases(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 16)), "released on the 2nd: before the window");
        assertEquals(3, plan.releases(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 12, 31)).size());
        assertEquals(List.of(), plan.releases(LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void aWriterStartsAgainEmpty() {
        ItemPlan.Writer writer = new ItemPlan.Writer();
        writer.order("1", 0, 0);
        writer.finish();
        assertEquals(0, writer.orders());
        assertEquals("[]", writer.finish());
        writer.order("2", 0, 7);
        writer.parent(33, 1, "2.5");
        assertEquals("[{\"q\":2,\"r\":0,\"d\":7,\"p\":[[\"o\",\"0011-001\",2.5]]}]", writer.finish());
    }

    @Test
    void releasedPeggingIsWhatJsonbWrites() {
        List<Peg> pegs = new ArrayList<>(List.of(
                new Peg("sales_order_line", "ord_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", "orl_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", null, null, null, new BigDecimal("40")),
                new Peg("planned_order", null, null, "plo_01JD0Z8V6Q3N4R5S6T7V8W9X0Z-0001-002", null, null, new BigDecimal("12.125")),
                new Peg("work_order", null, null, null, "wor_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", null, new BigDecimal("0.000001")),
                new Peg("master_schedule", null, null, null, null, "mse_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", new BigDecimal("15"))));

        String json = PlannedOrder.pegging(pegs);

        assertEquals(JsonbConfigurator.jsonb().toJson(pegs), json);
        assertArrayEquals(pegs.toArray(Peg[]::new), JsonbConfigurator.jsonb().fromJson(json, Peg[].class));
        assertNull(PlannedOrder.pegging(List.of()), "no pegs is no pegging");
    }
}
