package io.flowline.planning;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.flowline.platform.tenancy.TenantOwned;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The planned orders an MRP run proposes for one item (one configuration of an assemble-to-order item is an item of its
 * own), in one row: a run of a 10,000-item catalogue proposes hundreds of thousands of orders, and a row each was more than
 * the database could write in seconds. The item's place in the run ({@code seq}) and each order's place in the item give the
 * order its id ({@link #plannedOrderId}), so a proposal gets a row of its own in {@code planned_orders} only when it is
 * released.
 *
 * <p>{@code planned_orders} holds a JSON array with one object per order, in due-date order: {@code q} quantity, {@code r}
 * release and {@code d} due date as days after the run's first day ({@code first_day}), and {@code p} its pegs, each one of
 * {@code ["s", sales order, line, quantity]}, {@code ["o", "seq-position" of the parent planned order in this run, quantity]},
 * {@code ["w", work order, quantity]} or {@code ["m", master schedule entry, quantity]}. Short, because a run writes hundreds of thousands of them.
 */
@Entity
@NamedQuery(name = "ItemPlan.idsBetween", query = "SELECT i.id FROM ItemPlan i WHERE i.id > :from AND i.id < :to")
@NamedQuery(name = "ItemPlan.from", query = "SELECT i FROM ItemPlan i WHERE i.id >= :from AND i.id < :to ORDER BY i.id")
@NamedQuery(name = "ItemPlan.fromOfKind", query = "SELECT i FROM ItemPlan i WHERE i.id >= :from AND i.id < :to AND i.kind = :kind ORDER BY i.id")
// with an item, the run too: the index on (run, item) finds its one or two plans without reading the run's others
@NamedQuery(name = "ItemPlan.fromOfItem", query = "SELECT i FROM ItemPlan i WHERE i.id >= :from AND i.id < :to"
        + " AND i.runId = :run AND i.itemId = :item ORDER BY i.id")
@NamedQuery(name = "ItemPlan.fromOfItemAndKind", query = "SELECT i FROM ItemPlan i WHERE i.id >= :from AND i.id < :to"
        + " AND i.runId = :run AND i.itemId = :item AND i.kind = :kind ORDER BY i.id")
@NamedQuery(name = "ItemPlan.runIdsBefore", query = "SELECT i.runId FROM ItemPlan i WHERE i.runId < :run ORDER BY i.runId")
@NamedQuery(name = "ItemPlan.deleteBetween", query = "DELETE FROM ItemPlan i WHERE i.id > :from AND i.id < :to")
@Table(name = "mrp_item_plans")
public class ItemPlan extends TenantOwned {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int SEQ_DIGITS = 4;
    private static final int POSITION_DIGITS = 3;
    /** The most items a run plans, and planned orders per item (one per period at most; a run has at most 2,000). */
    static final int MAX_ITEMS = 1 << (5 * SEQ_DIGITS);
    static final int MAX_ORDERS_PER_ITEM = 1 << (5 * POSITION_DIGITS);
    private static final JsonReaderFactory READERS = Json.createReaderFactory(java.util.Map.of());
    private static final JsonParserFactory PARSERS = Json.createParserFactory(java.util.Map.of());
    private static final String DIGIT = "[0-9A-HJKMNP-TV-Z]";
    private static final Pattern PLANNED_ORDER_ID = Pattern.compile(MrpRunner.PLANNED_ORDER_PREFIX + "_(" + DIGIT + "{26})-(" + DIGIT
            + "{" + SEQ_DIGITS + "})-(" + DIGIT + "{" + POSITION_DIGITS + "})");

    @Column(name = "run_id")
    private String runId;
    private int seq;
    @Column(name = "first_day")
    private LocalDate firstDay;
    @Column(name = "item_id")
    private String itemId;
    private String kind;
    private String configuration;
    @Column(name = "order_count")
    private int orderCount;
    @Column(name = "planned_orders")
    private String plannedOrders;

    protected ItemPlan() {
    }

    /** A row as {@link ItemPlanRows} writes it. */
    ItemPlan(String runId, int seq, LocalDate firstDay, String itemId, String kind, String configuration, int orderCount, String plannedOrders,
             Instant createdAt) {
        super(id(runId, seq), createdAt);
        this.runId = runId;
        this.seq = seq;
        this.firstDay = firstDay;
        this.itemId = itemId;
        this.kind = kind;
        this.configuration = configuration;
        this.orderCount = orderCount;
        this.plannedOrders = plannedOrders;
    }

    public int orderCount() { return orderCount; }

    /** Where a planned order is: its run, its item's place in the run, and its own place among the item's orders. */
    public record Position(String runId, int seq, int order) {
        public String itemPlanId() {
            return ItemPlan.id(runId, seq);
        }
    }

    /** The row of the item at {@code seq} in the run; rows sort by it within their run. */
    static String id(String runId, int seq) {
        return runId + "-" + digits(seq, SEQ_DIGITS);
    }

    /** The first id past every item plan of the run ('.' follows '-'). */
    static String idsEnd(String runId) {
        return runId + ".";
    }

    /** {@code plo_} + the run id's 26 characters + the item's and the order's places: sorted as the run lists them. */
    static String plannedOrderId(String runId, int seq, int order) {
        return MrpRunner.PLANNED_ORDER_PREFIX + runId.substring(runId.indexOf('_')) + "-" + digits(seq, SEQ_DIGITS) + "-"
                + digits(order, POSITION_DIGITS);
    }

    /** The position a planned-order id names, or null for an id of another form (a proposal of a run made before item plans). */
    static Position position(String plannedOrderId) {
        Matcher id = plannedOrderId == null ? null : PLANNED_ORDER_ID.matcher(plannedOrderId);
        return id == null || !id.matches() ? null
                : new Position(MrpRuns.PREFIX + "_" + id.group(1), number(id.group(2)), number(id.group(3)));
    }

    private static String digits(int value, int width) {
        char[] digits = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            digits[i] = ALPHABET.charAt(value & 31);
            value >>>= 5;
        }
        if (value != 0) {
            throw new IllegalArgumentException("number too large for " + width + " digits");
        }
        return new String(digits);
    }

    private static int number(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = (value << 5) | ALPHABET.indexOf(digits.charAt(i));
        }
        return value;
    }

    /** The item's proposals as the API shows them before release, with the row's time as theirs. */
    List<PlannedOrder> plannedOrders() {
        List<PlannedOrder> orders = new ArrayList<>(orderCount);
        try (JsonReader reader = READERS.createReader(new StringReader(plannedOrders))) {
            JsonArray array = reader.readArray();
            for (int n = 0; n < array.size(); n++) {
                JsonObject order = array.getJsonObject(n);
                List<PlannedOrder.Peg> pegs = new ArrayList<>();
                for (JsonArray peg : order.getJsonArray("p").getValuesAs(JsonArray.class)) {
                    BigDecimal quantity = peg.getJsonNumber(peg.size() - 1).bigDecimalValue();
                    switch (peg.getString(0)) {
                        case "s" -> pegs.add(new PlannedOrder.Peg("sales_order_line", peg.getString(1), peg.getString(2), null, null, null, quantity));
                        case "m" -> pegs.add(new PlannedOrder.Peg("master_schedule", null, null, null, null, peg.getString(1), quantity));
                        case "o" -> {
                            String[] parent = peg.getString(1).split("-");
                            pegs.add(new PlannedOrder.Peg("planned_order", null, null, plannedOrderId(runId, number(parent[0]), number(parent[1])), null, null, quantity));
                        }
                        default -> pegs.add(new PlannedOrder.Peg("work_order", null, null, null, peg.getString(1), null, quantity));
                    }
                }
                orders.add(PlannedOrder.proposed(plannedOrderId(runId, seq, n), createdAt(), runId, itemId, kind, configuration,
                        order.getJsonNumber("q").bigDecimalValue(), firstDay.plusDays(order.getInt("r")), firstDay.plusDays(order.getInt("d")), pegs));
            }
        }
        return orders;
    }

    /** A proposal as a capacity check sees it: what it makes, how much, and when it is released. */
    public record Release(String plannedOrderId, String itemId, BigDecimal quantity, LocalDate date) {
    }

    /** The proposals released from {@code from} to {@code to}, read without their pegs (a capacity check reads every item plan). */
    List<Release> releases(LocalDate from, LocalDate to) {
        long first = java.time.temporal.ChronoUnit.DAYS.between(firstDay, from);
        long last = java.time.temporal.ChronoUnit.DAYS.between(firstDay, to);
        List<Release> releases = new ArrayList<>();
        try (JsonParser parser = PARSERS.createParser(new StringReader(plannedOrders))) {
            parser.next(); // the array
            for (int n = 0; parser.next() == JsonParser.Event.START_OBJECT; n++) {
                BigDecimal quantity = null;
                int day = 0;
                while (parser.next() == JsonParser.Event.KEY_NAME) {
                    String key = parser.getString();
                    if (parser.next() == JsonParser.Event.START_ARRAY) {
                        parser.skipArray(); // the pegs
                    } else if (key.equals("q")) {
                        quantity = parser.getBigDecimal();
                    } else if (key.equals("r")) {
                        day = parser.getInt();
                    }
                }
                if (day >= first && day <= last) {
                    releases.add(new Release(plannedOrderId(runId, seq, n), itemId, quantity, firstDay.plusDays(day)));
                }
            }
        }
        return releases;
    }

    /** Writes one item's proposals in the column's form (see the class comment), order after order. */
    static final class Writer {
        private final StringBuilder json = new StringBuilder(256).append('[');
        private int orders;
        private int pegs;

        /** An order released and due so many days after the run's first day. */
        void order(String quantity, int releaseDay, int dueDay) {
            if (orders++ > 0) {
                json.append("]},");
            }
            pegs = 0;
            json.append("{\"q\":").append(quantity).append(",\"r\":").append(releaseDay).append(",\"d\":").append(dueDay).append(",\"p\":[");
        }

        void salesOrderLine(String salesOrderId, String lineId, String quantity) {
            peg().append("[\"s\",\"").append(salesOrderId).append("\",\"").append(lineId).append("\",").append(quantity).append(']');
        }

        void parent(int seq, int order, String quantity) {
            peg().append("[\"o\",\"").append(digits(seq, SEQ_DIGITS)).append('-').append(digits(order, POSITION_DIGITS)).append("\",")
                    .append(quantity).append(']');
        }

        void masterSchedule(String entryId, String quantity) {
            peg().append("[\"m\",\"").append(entryId).append("\",").append(quantity).append(']');
        }

        void workOrder(String workOrderId, String quantity) {
            peg().append("[\"w\",\"").append(workOrderId).append("\",").append(quantity).append(']');
        }

        private StringBuilder peg() {
            return pegs++ > 0 ? json.append(',') : json;
        }

        int orders() {
            return orders;
        }

        /** The column's text; the writer starts again empty. */
        String finish() {
            String text = json.append(orders > 0 ? "]}]" : "]").toString();
            json.setLength(0);
            json.append('[');
            orders = 0;
            return text;
        }
    }
}
