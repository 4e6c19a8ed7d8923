package io.flowline.catalog;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.flowline.catalog.engine.Shift;
import io.flowline.catalog.engine.WorkingCalendar;
import io.flowline.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A work centre and its calendar. The calendar's small lists are stored as text: working days as
 * {@code mon,tue}, shifts as {@code 06:00-14:00,14:00-22:00}, holidays as ISO dates separated by commas.
 */
@Entity
@NamedQueries({
        @NamedQuery(name = "WorkCenter.byCode", query = "SELECT w FROM WorkCenter w WHERE w.code = :code"),
        @NamedQuery(name = "WorkCenter.byIds", query = "SELECT w FROM WorkCenter w WHERE w.id IN :ids"),
        @NamedQuery(name = "WorkCenter.allByCode", query = "SELECT w FROM WorkCenter w ORDER BY w.code")
})
@Table(name = "work_centers")
public class WorkCenter extends TenantOwned {
    private String code;
    private String name;
    @Column(name = "hours_per_day")
    private BigDecimal hoursPerDay;
    private int machines;
    private BigDecimal efficiency;
    @Column(name = "cost_per_hour_amount")
    private BigDecimal costPerHourAmount;
    @Column(name = "cost_per_hour_currency")
    private String costPerHourCurrency;
    @Column(name = "working_days")
    private String workingDays;
    private String shifts;
    private String holidays;
    @Enumerated(EnumType.STRING)
    private CatalogStatus status;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected WorkCenter() {
    }

    WorkCenter(String id, String code, String name, Instant now) {
        super(id, now);
        this.code = code;
        this.name = name;
        this.hoursPerDay = BigDecimal.valueOf(8);
        this.machines = 1;
        this.efficiency = BigDecimal.ONE;
        this.workingDays = "mon,tue,wed,thu,fri";
        this.shifts = "";
        this.holidays = "";
        this.status = CatalogStatus.ACTIVE;
        this.updatedAt = now;
    }

    public String code() { return code; }
    public String name() { return name; }
    public BigDecimal hoursPerDay() { return hoursPerDay; }
    public int machines() { return machines; }
    public BigDecimal efficiency() { return efficiency; }
    public BigDecimal costPerHourAmount() { return costPerHourAmount; }
    public String costPerHourCurrency() { return costPerHourCurrency; }
    public CatalogStatus status() { return status; }
    public Instant updatedAt() { return updatedAt; }

    public boolean archived() {
        return status == CatalogStatus.ARCHIVED;
    }

    public Set<DayOfWeek> workingDays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        split(workingDays).forEach(d -> days.add(WeekDays.parse(d).orElseThrow()));
        return days;
    }

    public List<Shift> shifts() {
        return split(shifts).stream().map(s -> new Shift(LocalTime.parse(s.substring(0, 5)), LocalTime.parse(s.substring(6)))).toList();
    }

    public List<LocalDate> holidays() {
        return split(holidays).stream().map(LocalDate::parse).toList();
    }

    /** The calendar that planning's capacity check and the available-hours answer compute with. */
    public WorkingCalendar calendar() {
        return new WorkingCalendar(workingDays(), shifts(), Set.copyOf(holidays()), hoursPerDay, machines, efficiency);
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }

    void recode(String code) { this.code = code; }
    void rename(String name) { this.name = name; }
    void changeHoursPerDay(BigDecimal hours) { this.hoursPerDay = hours; }
    void changeMachines(int machines) { this.machines = machines; }
    void changeEfficiency(BigDecimal efficiency) { this.efficiency = efficiency; }
    void changeCostPerHour(BigDecimal amount, String currency) { this.costPerHourAmount = amount; this.costPerHourCurrency = currency; }

    void changeWorkingDays(Set<DayOfWeek> days) {
        this.workingDays = days.stream().sorted().map(WeekDays::apiName).collect(Collectors.joining(","));
    }

    void changeShifts(List<Shift> shifts) {
        this.shifts = shifts.stream().map(s -> s.start() + "-" + s.end()).collect(Collectors.joining(","));
    }

    void changeHolidays(List<LocalDate> holidays) {
        this.holidays = holidays.stream().distinct().sorted().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    void changeStatus(CatalogStatus status) { this.status = status; }
    void touched(Instant at) { this.updatedAt = at; }
}
