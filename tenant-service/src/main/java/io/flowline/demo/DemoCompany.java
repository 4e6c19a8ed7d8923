package io.flowline.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.flowline.catalog.BillOfMaterialsService;
import io.flowline.catalog.ComponentLine;
import io.flowline.catalog.ItemService;
import io.flowline.catalog.MoneyAmount;
import io.flowline.catalog.NewItem;
import io.flowline.catalog.NewOptionGroup;
import io.flowline.catalog.NewWorkCenter;
import io.flowline.catalog.ProductOptionsService;
import io.flowline.catalog.RoutingService;
import io.flowline.catalog.RoutingStep;
import io.flowline.catalog.ShiftTimes;
import io.flowline.catalog.WorkCenterService;
import io.flowline.orders.ContactPerson;
import io.flowline.orders.CustomerService;
import io.flowline.orders.NewCustomer;
import io.flowline.orders.NewOrder;
import io.flowline.orders.NewOrderLine;
import io.flowline.orders.OrderLine;
import io.flowline.orders.OrderLines;
import io.flowline.orders.OrderService;
import io.flowline.orders.CustomerAddress;
import io.flowline.orders.SalesOrder;
import io.flowline.orders.engine.OrderAction;
import io.flowline.orders.engine.OrderStatus;
import io.flowline.stock.NewStockMovement;
import io.flowline.stock.NewStorageLocation;
import io.flowline.stock.NewWarehouse;
import io.flowline.stock.PostalAddress;
import io.flowline.stock.StockMovementService;
import io.flowline.stock.WarehouseService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The demo company's data, created through the services as the API would: a school-bag set made to order with pen and
 * crayon colours, an oak parquet board three levels deep, all-purpose and glass cleaner in several bottle sizes, the work
 * centres that make them, customers, warehouses and a few dozen orders in every state. Runs inside a request context
 * bound to the demo tenant ({@link DemoTenant}).
 */
@ApplicationScoped
public class DemoCompany {
    /** Any version: the demo writes structures that do not exist yet. */
    private static final String ANY = "*";

    @Inject
    ItemService items;

    @Inject
    BillOfMaterialsService boms;

    @Inject
    ProductOptionsService options;

    @Inject
    RoutingService routings;

    @Inject
    WorkCenterService workCenters;

    @Inject
    CustomerService customers;

    @Inject
    WarehouseService warehouses;

    @Inject
    OrderService orders;

    @Inject
    OrderLines orderLines;

    @Inject
    StockMovementService movements;

    private final Map<String, String> ids = new HashMap<>();

    /** A sellable product, what one costs, and the configuration it is ordered with (null if none). */
    private record Offer(String code, int minQuantity, int maxQuantity, List<Map<String, String>> configurations) {
    }

    void seed() {
        ids.clear();
        workCentres();
        bagSet();
        parquet();
        cleaners();
        warehouses();
        List<String> customerIds = customers();
        orders(customerIds);
    }

    private void workCentres() {
        List<String> weekdays = List.of("mon", "tue", "wed", "thu", "fri");
        LocalDate today = LocalDate.now();
        int year = today.getYear();
        List<LocalDate> holidays = List.of(LocalDate.of(year, 12, 24), LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26),
                LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 1, 5, 1));
        workCenter("ASSEMBLY", "Bag assembly", 4, "0.95", "38", weekdays, List.of(shift("07:00", "15:00")), holidays);
        workCenter("SAW", "Lamella saw", 1, "0.85", "62", weekdays,
                List.of(shift("06:00", "14:00"), shift("14:00", "22:00")), holidays);
        workCenter("PRESS", "Parquet press", 1, "0.9", "75", weekdays,
                List.of(shift("06:00", "14:00"), shift("14:00", "22:00")), holidays);
        workCenter("FINISH", "Oil and lacquer line", 1, "0.9", "55", weekdays, List.of(shift("07:00", "15:30")), holidays);
        workCenter("MIX", "Mixing tanks", 2, "1", "40", List.of("mon", "tue", "wed", "thu", "fri", "sat"),
                List.of(shift("06:00", "14:00")), holidays);
        workCenter("FILL", "Bottling line", 1, "0.8", "48", weekdays,
                List.of(shift("06:00", "14:00"), shift("14:00", "22:00")), holidays);
    }

    private void workCenter(String code, String name, int machines, String efficiency, String costPerHour, List<String> days,
            List<ShiftTimes> shifts, List<LocalDate> holidays) {
        ids.put("wc:" + code, workCenters.create(new NewWorkCenter(code, name, null, machines, new BigDecimal(efficiency),
                money(costPerHour), days, shifts, holidays)).id());
    }

    private void bagSet() {
        item("BAG-SET", "School bag set, configurable", "School bag with a bundle of pens and a bundle of crayons in the colours the customer picks.",
                "product", "pcs", "make", 5, "11.20", "24.90");
        item("BAG", "School bag, navy canvas", null, "semi_finished", "pcs", "buy", 15, "6.40", null);
        item("PEN-BLACK", "Ballpoint pen, black", null, "material", "pcs", "buy", 10, "0.18", null);
        item("PEN-BLUE", "Ballpoint pen, blue", null, "material", "pcs", "buy", 10, "0.18", null);
        for (String colour : List.of("yellow", "red", "orange", "brown")) {
            item("CRAYON-" + colour.toUpperCase(), "Wax crayon, " + colour, null, "material", "pcs", "buy", 14, "0.09", null);
        }
        routing("BAG-SET", op(10, "ASSEMBLY", "Pack pens and crayons into the bag", "0.25", "0.05"));
        bom("BAG-SET", line("BAG", "1", null, 10));
        options.replace(id("BAG-SET"), ANY, List.of(
                new NewOptionGroup("pen_colour", "Pen colour", true, List.of(
                        option("black", "Black", "PEN-BLACK", "5"), option("blue", "Blue", "PEN-BLUE", "5"))),
                new NewOptionGroup("crayon_colour", "Crayon colour", true, List.of(
                        option("yellow", "Yellow", "CRAYON-YELLOW", "12"), option("red", "Red", "CRAYON-RED", "12"),
                        option("orange", "Orange", "CRAYON-ORANGE", "12"), option("brown", "Brown", "CRAYON-BROWN", "12")))));
    }

    private NewOptionGroup.Option option(String code, String name, String component, String quantity) {
        return new NewOptionGroup.Option(code, name, List.of(line(component, quantity, null, null)));
    }

    private void parquet() {
        item("PARQUET-OAK", "Oak parquet floor board, 14 mm", "Three-layer board: oak lamella on a spruce core, oiled.", "product", "m2",
                "make", 10, "31.50", "54.00");
        item("LAMELLA-OAK", "Oak lamella, 3.5 mm", null, "semi_finished", "m2", "make", 4, "17.80", null);
        item("WOOD-OAK", "Oak timber, kiln dried", null, "material", "m3", "buy", 30, "1150.00", null);
        item("CORE-SPRUCE", "Spruce core board, 9 mm", null, "material", "m2", "buy", 20, "6.90", null);
        item("FINISH-OIL", "Natural hardwax oil", null, "material", "l", "buy", 7, "14.50", null);
        routing("LAMELLA-OAK", op(10, "SAW", "Saw oak into lamellas", "0.5", "0.02"));
        bom("LAMELLA-OAK", line("WOOD-OAK", "0.0045", "0.12", 10));
        routing("PARQUET-OAK", op(10, "PRESS", "Glue and press lamella on core", "0.75", "0.03"),
                op(20, "FINISH", "Brush and oil", "0.5", "0.02"));
        bom("PARQUET-OAK", line("LAMELLA-OAK", "1", "0.03", 10), line("CORE-SPRUCE", "1", "0.02", 10), line("FINISH-OIL", "0.08", null, 20));
    }

    private void cleaners() {
        item("TENSIDE", "Surfactant concentrate", null, "material", "kg", "buy", 10, "2.10", null);
        item("CITRUS-SCENT", "Citrus fragrance", null, "material", "kg", "buy", 21, "18.00", null);
        item("ALCOHOL", "Isopropyl alcohol", null, "material", "l", "buy", 7, "1.60", null);
        item("WATER-DI", "Deionised water", null, "material", "l", "buy", 1, "0.02", null);
        item("APC-LIQUID", "All-purpose cleaner, bulk liquid", null, "semi_finished", "l", "make", 2, "0.38", null);
        item("GLASS-LIQUID", "Glass cleaner, bulk liquid", null, "semi_finished", "l", "make", 2, "0.31", null);
        routing("APC-LIQUID", op(10, "MIX", "Mix in the 2,000 l tank", "1", "0.0008"));
        bom("APC-LIQUID", line("WATER-DI", "0.86", null, 10), line("TENSIDE", "0.12", null, 10), line("CITRUS-SCENT", "0.004", null, 10));
        routing("GLASS-LIQUID", op(10, "MIX", "Mix in the 2,000 l tank", "1", "0.0008"));
        bom("GLASS-LIQUID", line("WATER-DI", "0.8", null, 10), line("ALCOHOL", "0.18", null, 10));

        item("BOTTLE-500", "Spray bottle 0.5 l with trigger", null, "material", "pcs", "buy", 14, "0.32", null);
        item("BOTTLE-1000", "Bottle 1 l with cap", null, "material", "pcs", "buy", 14, "0.27", null);
        item("CANISTER-5000", "Canister 5 l with cap", null, "material", "pcs", "buy", 21, "0.95", null);
        item("LABEL-APC", "Label, all-purpose cleaner", null, "material", "pcs", "buy", 10, "0.03", null);
        item("LABEL-GLASS", "Label, glass cleaner", null, "material", "pcs", "buy", 10, "0.03", null);
        bottled("APC", "All-purpose cleaner", "APC-LIQUID", "LABEL-APC", "0.5 l", "500", "0.5", "BOTTLE-500", "3.49");
        bottled("APC", "All-purpose cleaner", "APC-LIQUID", "LABEL-APC", "1 l", "1000", "1", "BOTTLE-1000", "4.99");
        bottled("APC", "All-purpose cleaner", "APC-LIQUID", "LABEL-APC", "5 l", "5000", "5", "CANISTER-5000", "17.90");
        bottled("GLASS", "Glass cleaner", "GLASS-LIQUID", "LABEL-GLASS", "0.5 l", "500", "0.5", "BOTTLE-500", "3.29");
        bottled("GLASS", "Glass cleaner", "GLASS-LIQUID", "LABEL-GLASS", "1 l", "1000", "1", "BOTTLE-1000", "4.79");
    }

    private void bottled(String prefix, String name, String liquid, String label, String size, String sizeCode, String litres,
            String bottle, String price) {
        String code = prefix + "-" + sizeCode;
        item(code, name + " " + size, null, "product", "pcs", "make", 3, null, price);
        routing(code, op(10, "FILL", "Fill, cap and label", "0.5", "0.0015"));
        bom(code, line(liquid, litres, "0.01", 10), line(bottle, "1", null, 10), line(label, "1", null, 10));
    }

    private void warehouses() {
        PostalAddress site = new PostalAddress("Sägewerkstraße 12", null, "83022", "Rosenheim", "DE");
        String main = warehouses.create(new NewWarehouse("MAIN", "Main warehouse, Rosenheim", site)).id();
        ids.put("warehouse:MAIN", main);
        warehouses.addLocation(main, new NewStorageLocation("A-01", "Aisle A, raw materials"));
        warehouses.addLocation(main, new NewStorageLocation("B-01", "Aisle B, bottles and packaging"));
        ids.put("location:FG-01", warehouses.addLocation(main, new NewStorageLocation("FG-01", "Finished goods, dispatch")).id());
        warehouses.create(new NewWarehouse("TANKS", "Liquid tank farm", new PostalAddress("Sägewerkstraße 14", null, "83022", "Rosenheim", "DE")));
    }

    private List<String> customers() {
        List<String> result = new ArrayList<>();
        result.add(customer("Schreibwaren Huber KG", "Anna Huber", "einkauf@huber-schreibwaren.example", "+49 89 1234 560", "Buyer",
                new CustomerAddress("Marienplatz 3", null, "80331", "München", null, "DE"), "de"));
        result.add(customer("Holzbau Nordlicht GmbH", "Jens Petersen", "jens.petersen@nordlicht-holz.example", "+49 40 555 1200",
                "Project manager", new CustomerAddress("Speicherstadt 7", null, "20457", "Hamburg", null, "DE"), "de"));
        result.add(customer("CleanPro Facility Services", "Maria Rossi", "orders@cleanpro.example", "+43 1 987 6540", "Purchasing",
                new CustomerAddress("Ringstraße 22", null, "1010", "Wien", null, "AT"), "de"));
        result.add(customer("Hotel Alpenblick", "Thomas Gruber", "haustechnik@alpenblick.example", "+49 8821 4455", "Facility manager",
                new CustomerAddress("Zugspitzstraße 40", null, "82467", "Garmisch-Partenkirchen", null, "DE"), "de"));
        result.add(customer("Parkett & Co. AG", "Lukas Meier", "l.meier@parkett-co.example", "+41 44 200 3300", "Buyer",
                new CustomerAddress("Bahnhofstrasse 90", null, "8001", "Zürich", null, "CH"), "de"));
        result.add(customer("Little Scholars Ltd", "Emma Clarke", "emma@littlescholars.example", "+44 20 7946 0000", "Owner",
                new CustomerAddress("12 Baker Street", null, "NW1 6XE", "London", null, "GB"), "en"));
        return result;
    }

    private String customer(String name, String contact, String email, String phone, String role, CustomerAddress address, String language) {
        return customers.create(new NewCustomer(null, name, List.of(new ContactPerson(contact, email, phone, role)),
                List.of(address), address, language, null)).id();
    }

    /**
     * Thirty-three orders, mostly of the products each customer would buy, in every state of the lifecycle. A fixed seed
     * makes every demo the same.
     */
    private void orders(List<String> customerIds) {
        Random random = new Random(20260101L);
        List<Map<String, String>> bagConfigurations = new ArrayList<>();
        for (String pen : List.of("black", "blue")) {
            for (String crayon : List.of("yellow", "red", "orange", "brown")) {
                bagConfigurations.add(Map.of("pen_colour", pen, "crayon_colour", crayon));
            }
        }
        Offer bags = new Offer("BAG-SET", 20, 250, bagConfigurations);
        Offer parquet = new Offer("PARQUET-OAK", 40, 600, null);
        List<Offer> cleaning = List.of(new Offer("APC-500", 100, 1200, null), new Offer("APC-1000", 100, 800, null),
                new Offer("APC-5000", 20, 200, null), new Offer("GLASS-500", 100, 1000, null), new Offer("GLASS-1000", 50, 600, null));
        // What each customer buys, in the order of customers().
        List<List<Offer>> assortments = List.of(List.of(bags), List.of(parquet), cleaning, cleaning, List.of(parquet), List.of(bags));
        List<String> channels = List.of("email", "phone", "portal", "api", "email", "other");

        List<OrderStatus> targets = new ArrayList<>();
        add(targets, OrderStatus.DRAFT, 4);
        add(targets, OrderStatus.SUBMITTED, 4);
        add(targets, OrderStatus.CONFIRMED, 5);
        add(targets, OrderStatus.IN_PRODUCTION, 4);
        add(targets, OrderStatus.QUALITY_CHECK, 1);
        add(targets, OrderStatus.READY, 2);
        add(targets, OrderStatus.SHIPPED, 3);
        add(targets, OrderStatus.DELIVERED, 5);
        add(targets, OrderStatus.CLOSED, 1);
        add(targets, OrderStatus.ON_HOLD, 1);
        add(targets, OrderStatus.CANCELLED, 3);
        java.util.Collections.shuffle(targets, random);

        LocalDate today = LocalDate.now();
        List<SalesOrder> created = new ArrayList<>();
        for (int n = 0; n < targets.size(); n++) {
            int c = random.nextInt(customerIds.size());
            List<Offer> assortment = assortments.get(c);
            List<NewOrderLine> lines = new ArrayList<>();
            int lineCount = 1 + random.nextInt(Math.min(3, assortment.size() == 1 ? 2 : 3));
            LocalDate requested = today.plusDays(10 + random.nextInt(50)).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            for (int l = 0; l < lineCount; l++) {
                Offer offer = assortment.get(random.nextInt(assortment.size()));
                int quantity = offer.minQuantity() + random.nextInt(offer.maxQuantity() - offer.minQuantity());
                quantity = quantity >= 100 ? quantity / 10 * 10 : quantity;
                Map<String, String> configuration = offer.configurations() == null ? null
                        : offer.configurations().get(random.nextInt(offer.configurations().size()));
                lines.add(new NewOrderLine(id(offer.code()), configuration, BigDecimal.valueOf(quantity), null, requested));
            }
            SalesOrder order = orders.create(new NewOrder(customerIds.get(c), channels.get(c), lines,
                    n % 5 == 0 ? "Deliver to the loading dock at the back." : null, n % 3 == 0 ? "PO-" + (4711 + n * 7) : null));
            created.add(order);
        }
        // The orders that have shipped go first, each with the finished goods it ships received just before: so each receipt
        // is reserved by that order (receipts top up confirmed orders, earliest promised first, and no other is waiting yet),
        // and the orders still open wait for production, short of stock, as they would.
        for (boolean shipping : List.of(true, false)) {
            for (int n = 0; n < created.size(); n++) {
                OrderStatus target = targets.get(n);
                if (shipping == (target == OrderStatus.SHIPPED || target == OrderStatus.DELIVERED || target == OrderStatus.CLOSED)) {
                    advance(created.get(n), target, random);
                }
            }
        }
    }

    /** Finished goods of the order's lines arrive from the workshop into dispatch, where its reservations take them. */
    private void produce(String orderId) {
        for (OrderLine line : orderLines.of(orderId)) {
            movements.post(new NewStockMovement("receipt", line.itemId(), line.toShip(), null, ids.get("warehouse:MAIN"), ids.get("location:FG-01"),
                    null, null, null, null, "Finished goods from the workshop", null, null));
        }
    }

    private static void add(List<OrderStatus> targets, OrderStatus status, int count) {
        for (int i = 0; i < count; i++) {
            targets.add(status);
        }
    }

    /** Moves the order along the tenant's main path to the target; cancelled and held orders stop somewhere before shipping. */
    private void advance(SalesOrder order, OrderStatus target, Random random) {
        String id = order.id();
        OrderStatus stop = switch (target) {
            case CANCELLED -> List.of(OrderStatus.DRAFT, OrderStatus.SUBMITTED, OrderStatus.CONFIRMED).get(random.nextInt(3));
            case ON_HOLD -> OrderStatus.CONFIRMED;
            default -> target;
        };
        SalesOrder current = order;
        int guard = 0;
        while (current.status() != stop && guard++ < OrderStatus.values().length) {
            OrderAction next = OrderService.allowedActions(current, orders.workflow()).stream()
                    .filter(a -> a != OrderAction.HOLD && a != OrderAction.CANCEL && a != OrderAction.RELEASE).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no way forward from " + order.status()));
            if (next == OrderAction.SHIP) {
                produce(id);
            }
            current = orders.act(id, next, null, null);
        }
        if (target == OrderStatus.CANCELLED) {
            orders.act(id, OrderAction.CANCEL, null, "Customer ordered elsewhere.");
        } else if (target == OrderStatus.ON_HOLD) {
            orders.act(id, OrderAction.HOLD, null, "Waiting for the customer's deposit.");
        }
    }

    private void item(String code, String name, String description, String kind, String unit, String makeOrBuy, int leadTimeDays,
            String standardCost, String salesPrice) {
        ids.put(code, items.create(new NewItem(code, name, description, kind, unit, makeOrBuy, leadTimeDays,
                standardCost == null ? null : money(standardCost), salesPrice == null ? null : money(salesPrice), null, null, null, null,
                null, null, null, null, null, null, null, null)).id());
    }

    private void bom(String code, ComponentLine... lines) {
        boms.replace(id(code), ANY, List.of(lines));
    }

    private void routing(String code, RoutingStep... operations) {
        routings.replace(id(code), ANY, List.of(operations));
    }

    private RoutingStep op(int sequence, String workCenter, String description, String setupHours, String runHours) {
        return new RoutingStep(sequence, ids.get("wc:" + workCenter), description, new BigDecimal(setupHours), new BigDecimal(runHours));
    }

    private ComponentLine line(String component, String quantityPer, String scrap, Integer operation) {
        return new ComponentLine(id(component), new BigDecimal(quantityPer), scrap == null ? null : new BigDecimal(scrap), operation);
    }

    private String id(String code) {
        String id = ids.get(code);
        if (id == null) {
            throw new IllegalStateException("demo item " + code + " is not created yet");
        }
        return id;
    }

    private static MoneyAmount money(String amount) {
        return new MoneyAmount(new BigDecimal(amount), null);
    }

    private static ShiftTimes shift(String start, String end) {
        return new ShiftTimes(LocalTime.parse(start), LocalTime.parse(end));
    }
}
