package io.flowline.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.flowline.catalog.Item;
import io.flowline.catalog.ItemCatalog;
import io.flowline.catalog.ItemKind;
import io.flowline.orders.DemandSource;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.Violation;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.json.Decimals;
import io.flowline.platform.json.StorableDates;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.tenancy.Tenant;
import io.flowline.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The company's master schedule: demand beyond confirmed orders, entered by hand or written from a forecast of an item's
 * order history, for MRP (see {@link MrpInputs}).
 */
@ApplicationScoped
public class MasterSchedule {
    public static final String PREFIX = "mse";
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");

    @Inject
    EntityManager em;

    @Inject
    MasterScheduleEntryRepository entries;

    @Inject
    AuditLog audit;

    @Inject
    TenantContext caller;

    @Inject
    DemandSource demandSource;

    /** Oldest first, as every list pages (a forecast replaces entries, and a change moves one: neither disturbs a cursor). */
    public List<MasterScheduleEntry> list(PageRequest page, String itemId) {
        return entries.list(page, itemId);
    }

    /** Every entry due from {@code from} on, by item and due date: what a run plans with. */
    List<MasterScheduleEntry> from(LocalDate from) {
        return entries.dueFrom(from);
    }

    public MasterScheduleEntry get(String id) {
        MasterScheduleEntry entry = entries.find(id);
        if (entry == null) {
            throw new NotFound("master schedule entry", id);
        }
        return entry;
    }

    /** Item codes by id, for showing entries. */
    public Map<String, String> itemCodes(List<MasterScheduleEntry> entries) {
        return ItemCatalog.in(em).codes(entries.stream().map(MasterScheduleEntry::itemId).toList());
    }

    @Transactional
    public MasterScheduleEntry create(NewMasterScheduleEntry newEntry) {
        List<Violation> errors = new ArrayList<>();
        Item item = plannedItem(newEntry.itemId(), errors);
        checkDate(newEntry.dueDate(), errors);
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        Instant now = now();
        MasterScheduleEntry entry = new MasterScheduleEntry(PublicIds.next(PREFIX), item.id(), newEntry.dueDate(), newEntry.quantity(),
                note(newEntry.note()), MasterScheduleEntry.MANUAL, now);
        entries.save(entry);
        audit.record(em, "master_schedule_entry.created", "master_schedule_entry", entry.id(), new Changes().field("item_id", null, item.id())
                .field("due_date", null, entry.dueDate()).field("quantity", null, Decimals.plain(entry.quantity())));
        em.flush();
        return entry;
    }

    /** An entry after a change, and whether anything changed. */
    public record Changed(MasterScheduleEntry entry, boolean changed) {
    }

    /** A changed forecast entry becomes manual: the planner's figure, which the next forecast leaves alone. */
    @Transactional
    public Changed update(String id, String ifMatch, MasterScheduleEntryChanges change) {
        MasterScheduleEntry entry = get(id); // another tenant's entry is a 404 before anything about the body is said
        OptimisticLocking.requireMatch(ifMatch, entry.version());
        LocalDate due = change.dueDate() != null ? change.dueDate() : entry.dueDate();
        List<Violation> errors = new ArrayList<>();
        checkDate(due, errors);
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        BigDecimal quantity = change.quantity() != null ? change.quantity() : entry.quantity();
        String note = change.note() != null ? note(change.note()) : entry.note();
        Changes changes = new Changes().field("due_date", entry.dueDate(), due).field("note", entry.note(), note)
                .field("quantity", Decimals.plain(entry.quantity()), Decimals.plain(quantity));
        if (!changes.isEmpty()) {
            changes.field("source", entry.source(), MasterScheduleEntry.MANUAL);
            entry.change(due, quantity, note, now());
            audit.record(em, "master_schedule_entry.changed", "master_schedule_entry", entry.id(), changes);
            em.flush();
        }
        return new Changed(entry, !changes.isEmpty());
    }

    @Transactional
    public MasterScheduleEntry delete(String id) {
        MasterScheduleEntry entry = get(id);
        entries.remove(entry);
        audit.record(em, "master_schedule_entry.deleted", "master_schedule_entry", entry.id(), new Changes()
                .field("item_id", entry.itemId(), null).field("due_date", entry.dueDate(), null).field("quantity", Decimals.plain(entry.quantity()), null));
        em.flush();
        return entry;
    }

    /** An item's weekly order history: the Monday of this week in the company's time zone, and the weeks before it. */
    public record History(LocalDate thisMonday, LocalDate from, List<BigDecimal> weeks) {
    }

    /**
     * The quantity of the item ordered per week over the {@code weeks} whole weeks before this one: orders by the day they were
     * placed, leaving out drafts, unsubmitted and cancelled orders.
     */
    public History history(String itemId, int weeks) {
        List<Violation> errors = new ArrayList<>();
        Item item = plannedItem(itemId, errors);
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
        LocalDate today = em.find(Tenant.class, caller.tenantId()).today();
        LocalDate thisMonday = MrpInputs.monday(today);
        LocalDate from = thisMonday.minusWeeks(weeks);
        BigDecimal[] history = new BigDecimal[weeks];
        java.util.Arrays.fill(history, BigDecimal.ZERO);
        for (DemandSource.OrderedLine line : demandSource.placedLinesOrdered(item.id(), from, thisMonday)) {
            int week = (int) (ChronoUnit.DAYS.between(from, line.orderedOn()) / 7);
            history[week] = history[week].add(line.quantity());
        }
        return new History(thisMonday, from, java.util.Arrays.stream(history).map(Decimals::plain).toList());
    }

    /** The entries a forecast wrote, and how many earlier forecast entries it replaced. */
    public record Forecasted(List<MasterScheduleEntry> written, int replaced) {
    }

    /**
     * Writes a forecast as entries due on the Mondays from {@code thisMonday}, one per week with demand, to the decimals of the
     * item's unit (whole pieces, kilograms to the gram: a forecast of 12.37 bottles is 12; a week the method gives no figure
     * for, none; at most a billion); the item's earlier forecast entries in those weeks go.
     * Manual entries stay. The item's row lock makes two forecasts of it take turns, the second replacing the first.
     */
    @Transactional
    public Forecasted replaceForecast(String itemId, LocalDate thisMonday, List<BigDecimal> weekly, String method) {
        ItemCatalog.in(em).lock(itemId);
        // rounded to the nearest step, not up: a forecast is an estimate, and rounding every week up would inflate it
        int decimals = ItemCatalog.in(em).find(itemId).map(i -> i.unitOfMeasure().decimals()).orElse(2);
        LocalDate end = thisMonday.plusWeeks(weekly.size());
        List<MasterScheduleEntry> replaced = entries.forecastOf(itemId, thisMonday, end);
        replaced.forEach(entries::remove);
        Instant now = now();
        List<MasterScheduleEntry> written = new ArrayList<>();
        for (int week = 0; week < weekly.size(); week++) {
            BigDecimal quantity = weekly.get(week) == null ? BigDecimal.ZERO : weekly.get(week).min(MAX_QUANTITY).setScale(decimals, RoundingMode.HALF_UP);
            if (quantity.signum() > 0) {
                MasterScheduleEntry entry = new MasterScheduleEntry(PublicIds.next(PREFIX), itemId, thisMonday.plusWeeks(week), quantity,
                        "Forecast (" + method + ")", MasterScheduleEntry.FORECAST, now);
                entries.save(entry);
                written.add(entry);
            }
        }
        audit.record(em, "master_schedule.forecast", "item", itemId, new Changes().field("method", null, method)
                .field("entries", replaced.size(), written.size()).field("from", null, thisMonday).field("to", null, end.minusDays(1)));
        em.flush();
        return new Forecasted(written, replaced.size());
    }

    /** An item MRP plans: the caller's, not archived, not a service. */
    private Item plannedItem(String itemId, List<Violation> errors) {
        Item item = ItemCatalog.in(em).find(itemId).orElse(null);
        if (item == null) {
            errors.add(new Violation("item_id", "is not an item of yours"));
        } else if (item.archived()) {
            errors.add(new Violation("item_id", "is archived"));
        } else if (item.kind() == ItemKind.SERVICE) {
            errors.add(new Violation("item_id", "is a service, which MRP does not plan"));
        }
        return item;
    }

    private static void checkDate(LocalDate due, List<Violation> errors) {
        if (!StorableDates.storable(due.getYear())) {
            errors.add(new Violation("due_date", "must be a date between the years 1000 and 9999"));
        }
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    /** What the database keeps (DATETIME(6)), so the answer to a change equals every later read. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
