package io.flowline.orders;

import static io.flowline.platform.json.Decimals.plainText;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.flowline.api.orders.CreateOrderRequest;
import io.flowline.api.orders.OrderActionRequest;
import io.flowline.api.orders.OrderLineRequest;
import io.flowline.api.orders.UpdateOrderRequest;
import io.flowline.api.platform.Problem.FieldError;
import io.flowline.catalog.Item;
import io.flowline.catalog.ItemService;
import io.flowline.catalog.ProductOptionsService;
import io.flowline.catalog.engine.ProductConfiguration;
import io.flowline.orders.engine.IllegalTransition;
import io.flowline.orders.engine.OrderAction;
import io.flowline.orders.engine.OrderEventTypes;
import io.flowline.orders.engine.OrderLifecycle;
import io.flowline.orders.engine.OrderStatus;
import io.flowline.orders.engine.OrderWorkflow;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.json.JsonbConfigurator;
import io.flowline.platform.limits.Quota;
import io.flowline.platform.limits.Quotas;
import io.flowline.platform.numbering.NumberSeries;
import io.flowline.platform.numbering.OrderNumbers;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.problem.ApiProblem;
import io.flowline.platform.security.PasswordHasher;
import io.flowline.platform.tenancy.Tenant;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

/**
 * Customer orders: taken with a gap-free number, moved through the lifecycle by explicit actions, changed with If-Match
 * until they ship. Every change is written to the order's timeline and the audit trail in the same transaction, and
 * raises an {@link OrderEvent} that observers see after commit.
 */
@ApplicationScoped
public class OrderService {
    public static final String PREFIX = "ord";
    public static final String LINE_PREFIX = "orl";
    public static final String HISTORY_PREFIX = "ohe";
    public static final String TRACKING_PREFIX = "trk";
    private static final Type CHOICES = new LinkedHashMap<String, String>() { }.getClass().getGenericSuperclass();

    @Inject
    Quotas quotas;

    @Inject
    EntityManager em;

    @Inject
    TenantContext caller;

    @Inject
    AuditLog audit;

    @Inject
    OrderNumbers numbers;

    @Inject
    ProductOptionsService productOptions;

    @Inject
    Event<OrderEvent> events;

    @Inject
    Instance<DeliveryPromises> deliveryPromises;

    /** A line as checked, before it is stored. */
    record LineDraft(Item item, Map<String, String> configuration, BigDecimal quantity, BigDecimal unitPrice, String currency,
                     LocalDate requestedDate) {
        BigDecimal total() {
            return quantity.multiply(unitPrice).setScale(4, java.math.RoundingMode.HALF_EVEN);
        }

        String describe() {
            return item.code() + " x " + plainText(quantity) + " at " + plainText(unitPrice) + " " + currency
                    + (requestedDate == null ? "" : " by " + requestedDate)
                    + (configuration == null || configuration.isEmpty() ? "" : " " + configuration);
        }
    }

    /** The caller's workflow: its stage names and the optional stages it skips (tenant settings). */
    public OrderWorkflow workflow() {
        return OrderWorkflows.of(em.find(Tenant.class, caller.tenantId()));
    }

    public List<SalesOrder> list(PageRequest page, String status, String customerId, String channel) {
        OrderStatus wanted = status == null ? null : OrderStatus.parse(status)
                .orElseThrow(() -> new ApiProblem.Invalid("status", "must be one of " + java.util.Arrays.stream(OrderStatus.values())
                        .map(OrderStatus::apiName).collect(Collectors.joining(", "))));
        OrderChannel via = channel == null ? null : OrderChannel.parse(channel)
                .orElseThrow(() -> new ApiProblem.Invalid("channel", "must be one of " + OrderChannel.names()));
        String jpql = "SELECT o FROM SalesOrder o WHERE 1 = 1"
                + (page.after() != null ? " AND o.id > :after" : "")
                + (wanted != null ? " AND o.status = :status" : "")
                + (customerId != null ? " AND o.customerId = :customer" : "")
                + (via != null ? " AND o.channel = :channel" : "")
                + " ORDER BY o.id";
        TypedQuery<SalesOrder> query = em.createQuery(jpql, SalesOrder.class).setMaxResults(page.fetchSize());
        if (page.after() != null) {
            query.setParameter("after", page.after());
        }
        if (wanted != null) {
            query.setParameter("status", wanted);
        }
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
        if (via != null) {
            query.setParameter("channel", via);
        }
        return query.getResultList();
    }

    public SalesOrder get(String id) {
        SalesOrder order = id == null ? null : em.find(SalesOrder.class, id);
        if (order == null) {
            throw new ApiProblem.NotFound("order", id);
        }
        return order;
    }

    /** The lines of these orders, by order id, in line order. */
    public Map<String, List<OrderLine>> lines(Collection<String> orderIds) {
        Map<String, List<OrderLine>> byOrder = new HashMap<>();
        if (orderIds.isEmpty()) {
            return byOrder;
        }
        em.createQuery("SELECT l FROM OrderLine l WHERE l.orderId IN :orders ORDER BY l.orderId, l.lineNumber", OrderLine.class)
                .setParameter("orders", List.copyOf(orderIds)).getResultList()
                .forEach(l -> byOrder.computeIfAbsent(l.orderId(), k -> new ArrayList<>()).add(l));
        return byOrder;
    }

    public List<OrderLine> lines(String orderId) {
        return lines(List.of(orderId)).getOrDefault(orderId, List.of());
    }

    /** The items the lines name, by id. */
    public Map<String, Item> items(Collection<OrderLine> lines) {
        return ItemService.byId(em, lines.stream().map(OrderLine::itemId).toList());
    }

    public List<OrderHistoryEntry> timeline(String id) {
        SalesOrder order = get(id);
        return em.createQuery("SELECT h FROM OrderHistoryEntry h WHERE h.orderId = :order ORDER BY h.createdAt, h.id", OrderHistoryEntry.class)
                .setParameter("order", order.id()).getResultList();
    }

    @Transactional
    public SalesOrder create(CreateOrderRequest request) {
        numbers.prepare(NumberSeries.ORDER); // before this transaction holds a connection
        em.joinTransaction();
        Tenant tenant = em.find(Tenant.class, caller.tenantId());
        quotas.require(em, tenant, Quota.ORDERS_THIS_MONTH, 1);
        List<FieldError> errors = new ArrayList<>();
        OrderChannel channel = OrderChannel.parse(request.channel()).orElse(null);
        if (channel == null) {
            errors.add(new FieldError("channel", "must be one of " + OrderChannel.names()));
        }
        Customer customer = em.find(Customer.class, request.customerId());
        if (customer == null) {
            errors.add(new FieldError("customer_id", "is not a customer of yours"));
        } else if (customer.status() == Customer.Status.ARCHIVED) {
            errors.add(new FieldError("customer_id", "is archived and takes no new orders"));
        }
        List<LineDraft> drafts = checkLines(request.lines(), tenant.currency(), errors);
        if (!errors.isEmpty()) {
            throw new ApiProblem.Invalid(errors);
        }
        Instant now = now();
        // Taken as late as possible: from here to commit, other creations of this tenant wait for the counter row.
        String number = numbers.next(em, NumberSeries.ORDER, this::numberTaken);
        String trackingToken = PasswordHasher.randomSecret(TRACKING_PREFIX);
        SalesOrder order = new SalesOrder(PublicIds.next(PREFIX), number, customer.id(), channel, tenant.currency(), trackingToken, now,
                LocalDate.ofInstant(now, ZoneId.of(tenant.timeZone())));
        order.changeNotes(blankToNull(request.notes()));
        order.changeExternalReference(blankToNull(request.externalReference()));
        order.changeTotal(total(drafts));
        em.persist(order);
        em.persist(new TrackingToken(trackingToken, tenant.id(), order.id()));
        storeLines(order, drafts, now);
        history(order, OrderHistoryEntry.CREATED, null, null, OrderStatus.DRAFT, null, null, now);
        audit.record(em, "order.created", "order", order.id(), new Changes().field("number", null, number)
                .field("customer_id", null, customer.id()).field("total", null, plainText(order.totalAmount()) + " " + order.currency()));
        em.flush();
        fire(OrderEventTypes.CREATED, order, now);
        return order;
    }

    @Transactional
    public SalesOrder update(String id, String ifMatch, UpdateOrderRequest request) {
        em.joinTransaction();
        SalesOrder order = get(id); // another tenant's order is a 404 before anything about the body is said
        List<FieldError> errors = new ArrayList<>();
        List<LineDraft> drafts = request.lines() == null ? null : checkLines(request.lines(), order.currency(), errors);
        if (!errors.isEmpty()) {
            throw new ApiProblem.Invalid(errors);
        }
        OptimisticLocking.requireMatch(ifMatch, order.version());
        if (order.finished()) {
            throw new ApiProblem.Conflict("order-finished", "Order " + order.number() + " is " + order.status().apiName()
                    + " and can no longer be changed.");
        }
        Instant now = now();
        Changes changes = new Changes();
        if (drafts != null) {
            List<OrderLine> old = lines(order.id());
            Map<String, Item> oldItems = items(old);
            for (int i = 0; i < Math.max(old.size(), drafts.size()); i++) {
                String from = i < old.size() ? describe(old.get(i), oldItems.get(old.get(i).itemId())) : null;
                String to = i < drafts.size() ? drafts.get(i).describe() : null;
                changes.field("lines[" + i + "]", from, to);
            }
            if (!changes.isEmpty()) {
                old.forEach(em::remove);
                em.flush(); // the deletes first: the new lines reuse the line numbers
                storeLines(order, drafts, now);
                BigDecimal total = total(drafts);
                changes.field("total", plainText(order.totalAmount()), plainText(total));
                order.changeTotal(total);
            }
        }
        if (request.promisedDate() != null) {
            changes.field("promised_date", order.promisedDate(), request.promisedDate());
            order.promise(request.promisedDate());
        }
        if (request.notes() != null) {
            String notes = blankToNull(request.notes());
            changes.field("notes", order.notes(), notes);
            order.changeNotes(notes);
        }
        if (request.externalReference() != null) {
            String reference = blankToNull(request.externalReference());
            changes.field("external_reference", order.externalReference(), reference);
            order.changeExternalReference(reference);
        }
        if (!changes.isEmpty()) {
            order.touched(now);
            history(order, OrderHistoryEntry.CHANGED, null, null, null, changes, blankToNull(request.comment()), now);
            audit.record(em, "order.changed", "order", order.id(), changes);
            em.flush();
            fire(OrderEventTypes.CHANGED, order, now);
        }
        return order;
    }

    @Transactional
    public SalesOrder act(String id, OrderAction action, OrderActionRequest request) {
        em.joinTransaction();
        SalesOrder order = get(id);
        Tenant tenant = em.find(Tenant.class, caller.tenantId());
        OrderWorkflow workflow = OrderWorkflows.of(tenant);
        OrderLifecycle.Transition transition;
        try {
            transition = OrderLifecycle.apply(order.status(), order.heldFrom(), action, workflow);
        } catch (IllegalTransition refused) { // the detail names the allowed actions as the endpoints spell them
            throw new ApiProblem.Conflict("illegal-transition", "An order that is " + workflow.displayName(refused.from()) + " ("
                    + refused.from().apiName() + ") cannot " + action.pathSegment() + "; " + (refused.allowed().isEmpty()
                    ? "no action is allowed any more." : "allowed: " + refused.allowed().stream().map(OrderAction::pathSegment)
                    .collect(Collectors.joining(", ")) + "."));
        }
        Changes changes = new Changes().field("status", order.status().apiName(), transition.to().apiName());
        if (request != null && request.promisedDate() != null && action != OrderAction.CONFIRM) {
            throw new ApiProblem.Invalid("promised_date", "is only taken by confirm; change it with PATCH");
        }
        if (action == OrderAction.CONFIRM) {
            LocalDate promised = request != null && request.promisedDate() != null ? request.promisedDate() : promise(lines(order.id()));
            changes.field("promised_date", order.promisedDate(), promised);
            order.promise(promised);
        }
        Instant now = now();
        order.moveTo(transition.to(), transition.heldFrom().orElse(null), now, ZoneId.of(tenant.timeZone()));
        history(order, OrderHistoryEntry.STATUS_CHANGED, action, transition.from(), transition.to(), changes,
                request == null ? null : blankToNull(request.comment()), now);
        audit.record(em, "order." + action.apiName(), "order", order.id(), changes);
        em.flush();
        OrderEventTypes.after(transition).forEach(type -> fire(type, order, now));
        return order;
    }

    /**
     * The date to promise when confirm is given none: the later of the lines' latest requested date and the earliest date
     * planning can deliver them (when planning is there), else the latest requested date alone.
     */
    private LocalDate promise(List<OrderLine> lines) {
        List<LocalDate> dates = new ArrayList<>();
        lines.stream().map(OrderLine::requestedDate).filter(Objects::nonNull).forEach(dates::add);
        if (deliveryPromises.isResolvable()) {
            deliveryPromises.get().earliestDate(lines.stream().map(l -> new DeliveryPromises.Line("lines[" + (l.lineNumber() - 1) + "]",
                    l.itemId(), Objects.requireNonNullElse(configuration(l), Map.of()), l.quantity())).toList()).ifPresent(dates::add);
        }
        return dates.stream().max(Comparator.naturalOrder())
                .orElseThrow(() -> new ApiProblem.Invalid("promised_date", "is required: no line has a requested date to promise"));
    }

    /** The allowed actions now; the order's own state decides (a held order can be released to where it was). */
    public static List<OrderAction> allowedActions(SalesOrder order, OrderWorkflow workflow) {
        return OrderLifecycle.allowedActions(order.status(), order.heldFrom(), workflow);
    }

    /**
     * The statistics, counted and summed by the database: one GROUP BY per grouping, by key and currency. Months and
     * punctuality use the dates each order keeps in the company's calendar ({@code ordered_on}, {@code delivered_on}).
     */
    public OrderStatistics stats() {
        List<OrderStatistics.Sum> byMonth = em.createQuery("SELECT EXTRACT(YEAR FROM o.orderedOn), EXTRACT(MONTH FROM o.orderedOn), o.currency, "
                        + "COUNT(o), SUM(o.totalAmount) FROM SalesOrder o WHERE o.orderedOn IS NOT NULL GROUP BY EXTRACT(YEAR FROM o.orderedOn), EXTRACT(MONTH FROM o.orderedOn), "
                        + "o.currency", Object[].class).getResultStream()
                .map(r -> new OrderStatistics.Sum(String.format("%04d-%02d", ((Number) r[0]).intValue(), ((Number) r[1]).intValue()),
                        (String) r[2], ((Number) r[3]).longValue(), (BigDecimal) r[4]))
                .toList();
        String delivered = "SELECT COUNT(o) FROM SalesOrder o WHERE o.deliveredOn IS NOT NULL AND o.promisedDate IS NOT NULL";
        return OrderStatistics.of(sums("o.status", s -> ((OrderStatus) s).apiName()), sums("o.customerId", String.class::cast),
                sums("o.channel", c -> ((OrderChannel) c).apiName()), byMonth, em.createQuery(delivered, Long.class).getSingleResult(),
                em.createQuery(delivered + " AND o.deliveredOn <= o.promisedDate", Long.class).getSingleResult());
    }

    private List<OrderStatistics.Sum> sums(String key, java.util.function.Function<Object, String> name) {
        return em.createQuery("SELECT " + key + ", o.currency, COUNT(o), SUM(o.totalAmount) FROM SalesOrder o GROUP BY " + key + ", o.currency",
                Object[].class).getResultStream()
                .map(r -> new OrderStatistics.Sum(name.apply(r[0]), (String) r[1], ((Number) r[2]).longValue(), (BigDecimal) r[3]))
                .toList();
    }

    // ---- lines

    private List<LineDraft> checkLines(List<OrderLineRequest> lines, String currency, List<FieldError> errors) {
        List<LineDraft> drafts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderLineRequest line = lines.get(i);
            String field = "lines[" + i + "]";
            if (line == null) {
                errors.add(new FieldError(field, "must not be null"));
                continue;
            }
            Item item = em.find(Item.class, line.itemId());
            if (item == null) {
                errors.add(new FieldError(field + ".item_id", "is not an item of yours"));
                continue;
            }
            if (item.archived()) {
                errors.add(new FieldError(field + ".item_id", "is archived and cannot be ordered"));
                continue;
            }
            Map<String, String> configuration = configuration(item, line, field, errors);
            BigDecimal price;
            String lineCurrency;
            if (line.unitPrice() != null) {
                price = line.unitPrice().amount();
                lineCurrency = line.unitPrice().currency() == null ? currency : line.unitPrice().currency();
                if (!lineCurrency.equals(currency)) {
                    errors.add(new FieldError(field + ".unit_price.currency", "must be the order's currency " + currency));
                }
            } else if (item.salesPriceAmount() == null) {
                errors.add(new FieldError(field + ".unit_price", "is required: the item has no sales price"));
                continue;
            } else {
                price = item.salesPriceAmount();
                lineCurrency = item.salesPriceCurrency() == null ? currency : item.salesPriceCurrency();
                if (!lineCurrency.equals(currency)) {
                    errors.add(new FieldError(field + ".unit_price", "is required: the item's sales price is in " + lineCurrency
                            + ", not the order's currency " + currency));
                }
            }
            drafts.add(new LineDraft(item, configuration, line.quantity(), price, lineCurrency, line.requestedDate()));
        }
        return drafts;
    }

    /** The chosen options in group order, checked against the item's option groups; null for an item without options. */
    private Map<String, String> configuration(Item item, OrderLineRequest line, String field, List<FieldError> errors) {
        List<ProductConfiguration.OptionGroup> groups = productOptions.groups(item.id());
        Map<String, String> choices = line.configuration() == null ? Map.of() : new LinkedHashMap<>(line.configuration().choices());
        if (groups.isEmpty() && choices.isEmpty()) {
            return null;
        }
        String prefix = field + ".configuration.choices";
        if (groups.isEmpty()) {
            errors.add(new FieldError(field + ".configuration", "the item has no options to choose"));
            return null;
        }
        int before = errors.size();
        choices.forEach((group, option) -> {
            if (option == null) {
                errors.add(new FieldError(prefix + "." + group, "must be an option code"));
            }
        });
        choices.values().removeIf(Objects::isNull);
        ProductConfiguration.Resolution resolution = ProductConfiguration.resolve(List.of(), groups, choices);
        resolution.errors().forEach((group, message) -> errors.add(new FieldError(prefix + "." + group, message)));
        if (errors.size() > before) {
            return null;
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        resolution.choices().forEach(c -> ordered.put(c.group().code(), c.option().code()));
        return ordered;
    }

    private void storeLines(SalesOrder order, List<LineDraft> drafts, Instant now) {
        for (int i = 0; i < drafts.size(); i++) {
            LineDraft d = drafts.get(i);
            em.persist(new OrderLine(PublicIds.next(LINE_PREFIX), order.id(), i + 1, d.item().id(),
                    d.configuration() == null ? null : JsonbConfigurator.jsonb().toJson(d.configuration()), d.quantity(), d.unitPrice(),
                    d.currency(), d.requestedDate(), now));
        }
    }

    public static Map<String, String> configuration(OrderLine line) {
        return line.configurationJson() == null ? null : JsonbConfigurator.jsonb().fromJson(line.configurationJson(), CHOICES);
    }

    private static String describe(OrderLine line, Item item) {
        Map<String, String> configuration = configuration(line);
        return (item == null ? line.itemId() : item.code()) + " x " + plainText(line.quantity()) + " at " + plainText(line.unitPriceAmount()) + " "
                + line.unitPriceCurrency() + (line.requestedDate() == null ? "" : " by " + line.requestedDate())
                + (configuration == null || configuration.isEmpty() ? "" : " " + configuration);
    }

    private static BigDecimal total(List<LineDraft> drafts) {
        return drafts.stream().map(LineDraft::total).reduce(BigDecimal.ZERO.setScale(4), BigDecimal::add);
    }

    // ---- timeline and events

    private void history(SalesOrder order, String kind, OrderAction action, OrderStatus from, OrderStatus to, Changes changes,
                         String comment, Instant at) {
        String json = changes == null || changes.isEmpty() ? null : JsonbConfigurator.jsonb().toJson(changes.asMap());
        em.persist(new OrderHistoryEntry(PublicIds.next(HISTORY_PREFIX), order.id(), kind, action == null ? null : action.apiName(),
                from == null ? null : from.apiName(), to == null ? null : to.apiName(), caller.actorType(), caller.actorId(), json, comment, at));
    }

    /** Fired inside the transaction; observers that want only committed changes observe AFTER_SUCCESS (see {@link OrderEventLog}). */
    private void fire(String type, SalesOrder order, Instant at) {
        events.fire(new OrderEvent(type, caller.tenantId(), order.id(), order.number(), order.status().apiName(), at));
    }

    private boolean numberTaken(String number) {
        return em.createQuery("SELECT COUNT(o) FROM SalesOrder o WHERE o.number = :number", Long.class)
                .setParameter("number", number).getSingleResult() > 0;
    }

    /** What the database keeps (DATETIME(6)), so the answer to a change equals every later read. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

}
