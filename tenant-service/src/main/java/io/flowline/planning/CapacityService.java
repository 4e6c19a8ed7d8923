package io.flowline.planning;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.flowline.api.planning.PlanningLimits;
import io.flowline.catalog.Manufacturing;
import io.flowline.catalog.RoutingOperation;
import io.flowline.catalog.WorkCenter;
import io.flowline.catalog.engine.WorkingCalendar;
import io.flowline.planning.engine.CapacityOperation;
import io.flowline.planning.engine.CapacityOrder;
import io.flowline.planning.engine.CapacityProfile;
import io.flowline.planning.engine.CapacityRequirements;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.json.StorableDates;
import io.flowline.platform.tenancy.Tenant;
import io.flowline.platform.tenancy.TenantContext;
import io.flowline.production.WorkOrder;
import io.flowline.production.WorkOrderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Capacity requirements on the tenant's data: the planned make orders of the plan in force and the open work orders load
 * their routings onto the work centres in the bucket they start in, against each centre's calendar.
 */
@ApplicationScoped
public class CapacityService {
    @Inject
    EntityManager em;

    @Inject
    TenantContext caller;

    @Inject
    WorkOrderService workOrders;

    @Inject
    PlannedOrderService plannedOrders;

    /** The answer: bucket starts, the active work centres in code order, their profile, and the run whose proposals it holds. */
    public record Capacity(LocalDate from, LocalDate to, String bucket, String runId, List<LocalDate> buckets, List<WorkCenter> workCenters,
                           CapacityProfile profile) {
    }

    /** An order to load: its item, quantity and the day it starts. */
    private record Load(String itemId, BigDecimal quantity, LocalDate start) {
    }

    public Capacity capacity(String fromText, String toText, String bucketText) {
        String bucket = bucketText == null ? "week" : bucketText;
        if (!bucket.equals("week") && !bucket.equals("day")) {
            throw new RuleBroken("bucket", "must be week or day");
        }
        LocalDate today = em.find(Tenant.class, caller.tenantId()).today();
        LocalDate from = date("from", fromText, bucket.equals("week") ? MrpInputs.monday(today) : today);
        LocalDate to = date("to", toText, bucket.equals("week") ? from.plusWeeks(4).minusDays(1) : from.plusDays(13));
        if (to.isBefore(from)) {
            throw new RuleBroken("to", "must not be before from " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) >= WorkingCalendar.MAX_DAYS) {
            throw new RuleBroken("to", "must be less than " + WorkingCalendar.MAX_DAYS + " days after from");
        }
        List<LocalDate> starts = bucketStarts(from, to, bucket);
        if (starts.size() > PlanningLimits.MAX_PERIODS) {
            throw new RuleBroken("to", "gives more than " + PlanningLimits.MAX_PERIODS + " buckets; use weeks or a shorter range");
        }

        List<WorkCenter> centres = Manufacturing.in(em).workCenters().stream().filter(w -> !w.archived()).toList();
        Map<String, Integer> centreIndex = new HashMap<>();
        double[][] available = new double[centres.size()][];
        for (int w = 0; w < centres.size(); w++) {
            centreIndex.put(centres.get(w).id(), w);
            WorkingCalendar calendar = centres.get(w).calendar();
            double[] workingDays = new double[starts.size()];
            for (int b = 0; b < starts.size(); b++) {
                workingDays[b] = calendar.workingDays(starts.get(b), end(starts, b, to));
            }
            available[w] = CapacityRequirements.availableHours(calendar.hoursPerDay().doubleValue(), calendar.machines(),
                    calendar.efficiency().doubleValue(), workingDays);
        }

        String runId = plannedOrders.latestRunId();
        List<Load> loads = new ArrayList<>();
        if (runId != null) {
            plannedOrders.unreleased(runId, "make", from, to).forEach(r -> loads.add(new Load(r.itemId(), r.quantity(), r.date())));
        }
        for (WorkOrder order : workOrders.open()) {
            if (!order.startDate().isBefore(from) && !order.startDate().isAfter(to)) {
                loads.add(new Load(order.itemId(), order.quantity(), order.startDate()));
            }
        }
        Map<String, List<CapacityOperation>> routings = routings(loads, centreIndex);
        List<CapacityOrder> orders = new ArrayList<>();
        for (Load load : loads) {
            List<CapacityOperation> routing = routings.getOrDefault(load.itemId(), List.of());
            if (!routing.isEmpty()) {
                orders.add(new CapacityOrder(bucketOf(starts, load.start()), load.quantity().doubleValue(), routing));
            }
        }
        return new Capacity(from, to, bucket, runId, starts, centres, CapacityRequirements.calculate(orders, available));
    }

    /** The routings of the loaded items as the engine sees them; operations on archived centres load nothing. */
    private Map<String, List<CapacityOperation>> routings(List<Load> loads, Map<String, Integer> centreIndex) {
        Map<String, List<CapacityOperation>> routings = new HashMap<>();
        List<String> items = loads.stream().map(Load::itemId).distinct().toList();
        for (RoutingOperation operation : Manufacturing.in(em).operationsOf(items)) {
            Integer centre = centreIndex.get(operation.workCenterId());
            if (centre != null) {
                routings.computeIfAbsent(operation.itemId(), k -> new ArrayList<>()).add(new CapacityOperation(
                        centre, operation.setupHours().doubleValue(), operation.runHoursPerUnit().doubleValue()));
            }
        }
        return routings;
    }

    /** The first bucket starts on {@code from}; the next ones on each following Monday, or each day. */
    private static List<LocalDate> bucketStarts(LocalDate from, LocalDate to, String bucket) {
        List<LocalDate> starts = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            starts.add(start);
            start = bucket.equals("day") ? start.plusDays(1) : start.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        }
        return starts;
    }

    private static LocalDate end(List<LocalDate> starts, int bucket, LocalDate to) {
        return bucket + 1 < starts.size() ? starts.get(bucket + 1).minusDays(1) : to;
    }

    private static int bucketOf(List<LocalDate> starts, LocalDate date) {
        int found = Collections.binarySearch(starts, date);
        return found >= 0 ? found : -found - 2;
    }

    private static LocalDate date(String field, String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RuleBroken(field, "must be a date such as 2026-03-02");
        }
        if (!StorableDates.storable(date.getYear())) { // buckets beyond would overflow the date arithmetic
            throw new RuleBroken(field, "must be a date between the years 1000 and 9999");
        }
        return date;
    }
}
