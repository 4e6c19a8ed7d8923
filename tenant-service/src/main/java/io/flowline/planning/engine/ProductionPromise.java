package io.flowline.planning.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.flowline.catalog.engine.WorkingCalendar;

/**
 * The earliest date a made item can be delivered (capable-to-promise over every level of its bill): what stock does not
 * cover is made once every component is there, each component in turn from its own stock, its receipts on the way, or
 * its own replenishment (bought after its lead time, made after its components and its own making). Making takes the
 * item's lead time in the company's working days, and at least the hours of its routing on its work centres' calendars;
 * it ends on a day every one of those work centres works. Quantities short are rounded up to each part's unit.
 *
 * <p>Stock of a part used in two places of the structure is counted once: the first use takes it. Receipts on the way
 * bring a date earlier only when, with the stock, they cover the whole quantity asked of the part.
 */
public final class ProductionPromise {

    /** Past this many days a calendar is taken to never offer what is asked of it (ten years, as the catalog's). */
    private static final int MAX_DAYS = WorkingCalendar.MAX_DAYS;

    private ProductionPromise() {
    }

    /**
     * One item of the structure.
     *
     * @param available     stock free to promise now (stock less what committed orders still need); may be negative
     * @param receipts      quantities on their way, by the date they arrive
     * @param leadTimeDays  working days to replenish it: to buy it, or to make it once its components are there
     * @param components    what one unit is made of (empty for a bought item)
     * @param routing       its operations in sequence (empty for a bought item, or a made one without a routing)
     * @param precision     how its unit counts
     */
    public record Part(double available, NavigableMap<LocalDate, Double> receipts, int leadTimeDays, List<ComponentUse> components,
                       List<Operation> routing, QuantityPrecision precision) {
        public Part {
            receipts = receipts == null ? new TreeMap<>() : receipts;
            components = List.copyOf(components);
            routing = List.copyOf(routing);
            precision = precision == null ? QuantityPrecision.CONTINUOUS : precision;
        }

        boolean made() {
            return !components.isEmpty() || !routing.isEmpty();
        }
    }

    /** A component with the quantity of it one unit of the parent needs, scrap included. */
    public record ComponentUse(String componentId, double perUnit) {
    }

    /** An operation of a routing: setup once, run per unit, on a work centre's calendar. */
    public record Operation(double setupHours, double runHoursPerUnit, WorkingCalendar workCenter) {
    }

    /** What one use of a part contributes: required, free now, short (rounded up to its unit), when it is all there. */
    public record Reckoning(String partId, double required, double available, double shortage, int leadTimeDays, LocalDate date) {
    }

    /**
     * The promise.
     *
     * @param date            the earliest delivery date
     * @param limitingPartId  the part, at whatever level, whose replenishment sets the date; empty when stock or making
     *                        alone does
     * @param makingDays      working days from the components being there to the item being made; empty when stock covers
     * @param reckonings      the item's first, then each component use visited, parents before their components
     */
    public record Result(LocalDate date, Optional<String> limitingPartId, Optional<Integer> makingDays, List<Reckoning> reckonings) {
    }

    /**
     * @param company the company's working days: lead times count them, and the first promise is today or the next one
     */
    public static Result promise(Map<String, Part> parts, String itemId, double quantity, LocalDate today, WorkingCalendar company) {
        if (!parts.containsKey(itemId)) {
            throw new IllegalArgumentException("the item is not among the parts");
        }
        Walk walk = new Walk(parts, company, nextWorkingDay(company, today));
        Ready ready = walk.ready(itemId, quantity, new HashSet<>());
        // never a day the item's work centres do not work, even from stock: the rule, and the line ships what it makes
        LocalDate date = Walk.dayAllWork(parts.get(itemId).routing(), ready.date);
        return new Result(date, Optional.ofNullable(ready.limiting), Optional.ofNullable(ready.makingDays), walk.reckonings);
    }

    /** When a use of a part is all there, which part limits it, and how long making it took (null when it was not made). */
    private record Ready(LocalDate date, String limiting, Integer makingDays) {
    }

    private static final class Walk {
        private final Map<String, Part> parts;
        private final WorkingCalendar company;
        private final LocalDate first;
        private final Map<String, Double> stockTaken = new HashMap<>();
        private final List<Reckoning> reckonings = new ArrayList<>();

        Walk(Map<String, Part> parts, WorkingCalendar company, LocalDate first) {
            this.parts = parts;
            this.company = company;
            this.first = first;
        }

        Ready ready(String id, double quantity, Set<String> above) {
            Part part = parts.get(id);
            if (part == null || !above.add(id)) {
                // a part not given (a service) is not waited for; a cycle (refused by the catalog) is not followed
                return new Ready(first, null, null);
            }
            try {
                return readyPart(id, part, quantity, above);
            } finally {
                above.remove(id);
            }
        }

        private Ready readyPart(String id, Part part, double quantity, Set<String> above) {
            QuantityPrecision unit = part.precision();
            double free = Math.max(0, part.available() - stockTaken.getOrDefault(id, 0.0));
            double fromStock = Math.min(free, quantity);
            stockTaken.merge(id, fromStock, Double::sum);
            double shortage = quantity - fromStock <= unit.tolerance() ? 0 : unit.roundUp(quantity - fromStock);
            int line = reckonings.size();
            reckonings.add(null); // the part's own line comes before its components'
            Ready ready;
            if (shortage == 0) {
                ready = new Ready(first, null, null);
            } else {
                ready = replenished(part, shortage, above);
                LocalDate received = receivedBy(part, free, quantity);
                if (received != null && received.isBefore(ready.date)) {
                    ready = new Ready(received, null, null);
                }
            }
            reckonings.set(line, new Reckoning(id, quantity, part.available() - stockTaken.get(id) + fromStock, shortage,
                    part.leadTimeDays(), ready.date));
            return ready;
        }

        /** When the shortage is bought (after the lead time) or made (after the components, then the making). */
        private Ready replenished(Part part, double shortage, Set<String> above) {
            if (!part.made()) {
                return new Ready(addWorkingDays(first, part.leadTimeDays()), null, null);
            }
            LocalDate componentsThere = first;
            String limiting = null;
            for (ComponentUse use : part.components()) {
                Part component = parts.get(use.componentId());
                double needed = shortage * use.perUnit();
                if (component != null) {
                    needed = component.precision().roundUp(needed);
                }
                Ready ready = ready(use.componentId(), needed, above);
                if (ready.date.isAfter(componentsThere)) {
                    componentsThere = ready.date;
                    limiting = ready.limiting != null ? ready.limiting : use.componentId();
                }
            }
            LocalDate made = addWorkingDays(componentsThere, part.leadTimeDays());
            LocalDate routed = routingFinish(part.routing(), componentsThere, shortage);
            if (routed.isAfter(made)) {
                made = routed;
            }
            made = dayAllWork(part.routing(), made);
            return new Ready(made, limiting, workingDaysBetween(componentsThere, made));
        }

        /** The first date stock and receipts cover the quantity, or null when they never do. */
        private static LocalDate receivedBy(Part part, double free, double quantity) {
            double supply = free;
            for (Map.Entry<LocalDate, Double> receipt : part.receipts().entrySet()) {
                supply += receipt.getValue();
                if (supply >= quantity - part.precision().tolerance()) {
                    return receipt.getKey();
                }
            }
            return null;
        }

        /** {@code days} of the company's working days after {@code from}. */
        private LocalDate addWorkingDays(LocalDate from, int days) {
            LocalDate date = from;
            for (int added = 0, tried = 0; added < days && tried < MAX_DAYS; tried++) {
                date = date.plusDays(1);
                if (company.isWorkingDay(date)) {
                    added++;
                }
            }
            return date;
        }

        private int workingDaysBetween(LocalDate from, LocalDate to) {
            int days = 0;
            for (LocalDate date = from.plusDays(1); !date.isAfter(to) && days < MAX_DAYS; date = date.plusDays(1)) {
                if (company.isWorkingDay(date)) {
                    days++;
                }
            }
            return days;
        }

        /**
         * The day the last operation ends when the first starts on {@code start}: each operation's hours (setup plus run
         * for the quantity) are worked off its work centre's available hours day by day, the next operation starting the
         * day the one before ends.
         */
        private static LocalDate routingFinish(List<Operation> routing, LocalDate start, double quantity) {
            LocalDate day = start;
            for (Operation operation : routing) {
                double hours = operation.setupHours() + operation.runHoursPerUnit() * quantity;
                for (int tried = 0; tried < MAX_DAYS; tried++) {
                    hours -= operation.workCenter().availableHours(day).doubleValue();
                    if (hours <= 1e-9) {
                        break;
                    }
                    day = day.plusDays(1);
                }
            }
            return day;
        }

        /** The first day from {@code date} on that every work centre of the routing works (the date itself without any). */
        private static LocalDate dayAllWork(List<Operation> routing, LocalDate date) {
            LocalDate day = date;
            for (int tried = 0; tried < MAX_DAYS; tried++, day = day.plusDays(1)) {
                LocalDate candidate = day;
                if (routing.stream().allMatch(o -> o.workCenter().isWorkingDay(candidate))) {
                    return day;
                }
            }
            return date; // no common working day in ten years: the work centres' calendars say nothing usable
        }
    }

    private static LocalDate nextWorkingDay(WorkingCalendar company, LocalDate date) {
        LocalDate day = date;
        for (int tried = 0; tried < MAX_DAYS && !company.isWorkingDay(day); tried++) {
            day = day.plusDays(1);
        }
        return company.isWorkingDay(day) ? day : date;
    }

    /** A calendar of working days alone, for the company's days (hours do not matter for counting days). */
    public static WorkingCalendar workingDays(Set<java.time.DayOfWeek> days, Set<LocalDate> holidays) {
        // no working day at all would never end a lead time: every day then, as PlanningCalendar.days takes it
        Set<java.time.DayOfWeek> open = days.isEmpty() ? java.util.EnumSet.allOf(java.time.DayOfWeek.class) : days;
        return new WorkingCalendar(open, List.of(), holidays, BigDecimal.ONE, 1, BigDecimal.ONE);
    }
}
