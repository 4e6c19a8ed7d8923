package io.flowline.catalog;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.flowline.catalog.engine.Shift;
import io.flowline.catalog.engine.WorkingCalendar;
import io.flowline.platform.audit.AuditLog;
import io.flowline.platform.audit.Changes;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.failure.Conflict;
import io.flowline.platform.failure.NotFound;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.ids.PublicIds;
import io.flowline.platform.json.Decimals;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.persistence.DuplicateKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/** Work centres: capacity, calendar, and the hours they offer. */
@ApplicationScoped
public class WorkCenterService {
    public static final String PREFIX = "wkc";

    @Inject
    EntityManager em;

    @Inject
    ItemService items;

    @Inject
    AuditLog audit;

    /** Hours per day in a range, with their total and the number of working days. */
    public record Availability(WorkCenter workCenter, LocalDate from, LocalDate to, int workingDays, BigDecimal hours,
                               Map<LocalDate, BigDecimal> days) {
    }

    public List<WorkCenter> list(PageRequest page, String query, String status) {
        CatalogStatus wanted = status == null ? null : CatalogStatus.parse(status)
                .orElseThrow(() -> new RuleBroken("status", "must be active or archived"));
        return WorkCenterRepository.in(em).list(page, wanted, query);
    }

    public WorkCenter get(String id) {
        return WorkCenterRepository.in(em).find(id).orElseThrow(() -> new NotFound("work centre", id));
    }

    @Transactional
    public WorkCenter create(NewWorkCenter request) {
        WorkCenter center = newWorkCenter(request, items::tenantCurrency);
        String code = center.code();
        requireCodeFree(code, null);
        WorkCenterRepository.in(em).save(center);
        audit.record(em, "work_center.created", "work_center", center.id(), new Changes().field("code", null, code));
        flush(code);
        return center;
    }

    /**
     * A new work centre, checked by the same rules as {@link #create} but neither saved nor checked for a free code:
     * imports check every row this way before they save any. Bean Validation of the command is the caller's (the API's
     * or the file's), and must have passed before the shift times were parsed into it.
     *
     * @throws RuleBroken naming every bad field
     */
    public WorkCenter newWorkCenter(NewWorkCenter request, Supplier<String> tenantCurrency) {
        CatalogRules rules = new CatalogRules();
        String code = rules.text("code", request.code());
        String name = rules.text("name", request.name());
        WorkCenter center = new WorkCenter(PublicIds.next(PREFIX), code, name, Instant.now());
        apply(center, rules, tenantCurrency, request.hoursPerDay(), request.machines(), request.efficiency(), request.costPerHour(),
                request.workingDays(), request.shifts(), request.holidays(), new Changes());
        rules.throwIfAny();
        return center;
    }

    @Transactional
    public WorkCenter update(String id, String ifMatch, WorkCenterChanges request) {
        WorkCenter center = get(id);
        OptimisticLocking.requireMatch(ifMatch, center.version());
        CatalogRules rules = new CatalogRules();
        Changes changes = new Changes();
        String code = rules.text("code", request.code());
        if (code != null && !code.equals(center.code())) {
            requireCodeFree(code, center.id());
            changes.field("code", center.code(), code);
            center.recode(code);
        }
        String name = rules.text("name", request.name());
        if (name != null) {
            changes.field("name", center.name(), name);
            center.rename(name);
        }
        apply(center, rules, items::tenantCurrency, request.hoursPerDay(), request.machines(), request.efficiency(), request.costPerHour(),
                request.workingDays(), request.shifts(), request.holidays(), changes);
        rules.throwIfAny();
        if (!changes.isEmpty()) {
            center.touched(Instant.now());
            audit.record(em, "work_center.updated", "work_center", center.id(), changes);
            flush(center.code());
        }
        return center;
    }

    @Transactional
    public WorkCenter archive(String id) {
        WorkCenter center = get(id);
        if (center.archived()) {
            throw new Conflict("already-archived", "Work centre " + center.code() + " is already archived.");
        }
        return changeStatus(center, CatalogStatus.ARCHIVED, "work_center.archived");
    }

    @Transactional
    public WorkCenter restore(String id) {
        WorkCenter center = get(id);
        if (!center.archived()) {
            throw new Conflict("not-archived", "Work centre " + center.code() + " is not archived.");
        }
        return changeStatus(center, CatalogStatus.ACTIVE, "work_center.restored");
    }

    private WorkCenter changeStatus(WorkCenter center, CatalogStatus status, String action) {
        audit.record(em, action, "work_center", center.id(), new Changes().field("status", center.status().apiName(), status.apiName()));
        center.changeStatus(status);
        center.touched(Instant.now());
        em.flush();
        return center;
    }

    public Availability availableHours(String id, String fromText, String toText) {
        WorkCenter center = get(id);
        CatalogRules rules = new CatalogRules();
        LocalDate from = date(rules, "from", fromText);
        LocalDate to = date(rules, "to", toText);
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                rules.reject("to", "must not be before from");
            } else if (from.plusDays(WorkingCalendar.MAX_DAYS).isBefore(to)) {
                rules.reject("to", "must be at most " + WorkingCalendar.MAX_DAYS + " days after from");
            }
        }
        rules.throwIfAny();
        WorkingCalendar calendar = center.calendar();
        Map<LocalDate, BigDecimal> days = calendar.dailyHours(from, to);
        BigDecimal total = days.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int working = (int) days.keySet().stream().filter(calendar::isWorkingDay).count();
        return new Availability(center, from, to, working, total, days);
    }

    private static LocalDate date(CatalogRules rules, String field, String text) {
        if (text == null || text.isBlank()) {
            rules.reject(field, "is required, a date such as 2026-03-30");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            rules.reject(field, "must be a date such as 2026-03-30");
            return null;
        }
    }

    private void apply(WorkCenter center, CatalogRules rules, Supplier<String> tenantCurrency, BigDecimal hoursPerDay, Integer machines, BigDecimal efficiency, MoneyAmount costPerHour,
                       List<String> workingDays, List<ShiftTimes> shifts, List<LocalDate> holidays, Changes changes) {
        if (machines != null) {
            changes.field("machines", center.machines(), machines);
            center.changeMachines(machines);
        }
        if (efficiency != null) {
            changes.field("efficiency", Decimals.plain(center.efficiency()), Decimals.plain(efficiency));
            center.changeEfficiency(efficiency);
        }
        if (costPerHour != null) {
            String currency = rules.currency("cost_per_hour", costPerHour, tenantCurrency.get());
            changes.field("cost_per_hour", center.costPerHourAmount() == null ? null
                    : Decimals.plain(center.costPerHourAmount()) + " " + center.costPerHourCurrency(),
                    Decimals.plain(costPerHour.amount()) + " " + currency);
            center.changeCostPerHour(costPerHour.amount(), currency);
        }
        if (workingDays != null) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (int i = 0; i < workingDays.size(); i++) {
                String field = "working_days[" + i + "]";
                WeekDays.parse(workingDays.get(i)).ifPresentOrElse(days::add,
                        () -> rules.reject(field, "must be one of mon, tue, wed, thu, fri, sat, sun"));
            }
            String before = String.join(",", center.workingDays().stream().sorted().map(WeekDays::apiName).toList());
            center.changeWorkingDays(days);
            changes.field("working_days", before, String.join(",", days.stream().sorted().map(WeekDays::apiName).toList()));
        }
        if (shifts != null) {
            List<Shift> parsed = new ArrayList<>();
            for (int i = 0; i < shifts.size(); i++) {
                ShiftTimes shift = shifts.get(i);
                if (shift.start().equals(shift.end())) {
                    rules.reject("shifts[" + i + "].end", "must differ from the start");
                    continue;
                }
                Shift candidate = new Shift(shift.start(), shift.end());
                for (int j = 0; j < parsed.size(); j++) {
                    if (parsed.get(j).overlaps(candidate)) {
                        rules.reject("shifts[" + i + "]", "overlaps shifts[" + j + "]");
                    }
                }
                parsed.add(candidate);
            }
            String before = center.shifts().toString();
            center.changeShifts(parsed);
            changes.field("shifts", before, parsed.toString());
            if (!parsed.isEmpty()) {
                BigDecimal total = WorkingCalendar.shiftHours(parsed);
                if (total.compareTo(BigDecimal.valueOf(24)) > 0) {
                    rules.reject("shifts", "add up to more than 24 hours a day");
                } else if (hoursPerDay != null && hoursPerDay.compareTo(total) != 0) {
                    rules.reject("hours_per_day", "must equal the shifts' total of " + total.toPlainString() + " hours, or be left out");
                } else {
                    hoursPerDay = total;
                }
            }
        } else if (hoursPerDay != null && !center.shifts().isEmpty()
                && hoursPerDay.compareTo(WorkingCalendar.shiftHours(center.shifts())) != 0) {
            rules.reject("hours_per_day", "is the shifts' total while there are shifts; change the shifts instead");
        }
        if (hoursPerDay != null) {
            changes.field("hours_per_day", Decimals.plain(center.hoursPerDay()), Decimals.plain(hoursPerDay));
            center.changeHoursPerDay(hoursPerDay);
        }
        if (holidays != null) {
            String before = center.holidays().toString();
            center.changeHolidays(holidays);
            changes.field("holidays", before, center.holidays().toString());
        }
    }

    private void requireCodeFree(String code, String exceptId) {
        if (code == null) {
            return;
        }
        WorkCenterRepository.in(em).withCode(code).filter(w -> !w.id().equals(exceptId))
                .ifPresent(holder -> {
                    throw CatalogRules.duplicateCode("work centre", code, holder.id());
                });
    }

    private void flush(String code) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (DuplicateKey.causedBy(e)) {
                throw CatalogRules.duplicateCode("work centre", code, "a work centre created at the same moment");
            }
            throw e;
        }
    }
}
