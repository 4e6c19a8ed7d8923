package io.flowline.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.flowline.catalog.CatalogStatus;
import io.flowline.catalog.NewWorkCenter;
import io.flowline.catalog.ShiftTimes;
import io.flowline.catalog.WeekDays;
import io.flowline.catalog.WorkCenter;
import io.flowline.platform.json.Decimals;

/**
 * The columns of a work centre file, named as the JSON API names the fields. The lists are one cell each, their
 * values separated by spaces (commas and semicolons are read too): {@code working_days} "mon tue wed thu fri",
 * {@code shifts} "06:00-14:00 14:00-22:00", {@code holidays} "2026-12-24 2026-12-25". An empty cell takes the API's
 * default (Monday to Friday, no shifts, no holidays).
 */
final class WorkCenterColumns {
    static final List<String> COLUMNS = List.of("code", "name", "hours_per_day", "machines", "efficiency", "cost_per_hour",
            "cost_per_hour_currency", "working_days", "shifts", "holidays", "status");
    static final List<String> REQUIRED = List.of("code", "name");
    static final List<Object> EXAMPLE = Arrays.asList("PRESS-1", "Hot press line 1", new BigDecimal("16"), 2, new BigDecimal("0.85"),
            new BigDecimal("85"), "EUR", "mon tue wed thu fri", "06:00-14:00 14:00-22:00", "2026-12-24 2026-12-25", "active");

    /** The API's pattern of a shift's start and end. */
    private static final Pattern CLOCK = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private WorkCenterColumns() {
    }

    static NewWorkCenter request(int line, Map<String, String> cells, List<RowError> errors) {
        ItemColumns.Cells c = new ItemColumns.Cells(line, cells, errors);
        String status = c.text("status");
        if (status != null && CatalogStatus.parse(status).orElse(null) != CatalogStatus.ACTIVE) {
            errors.add(new RowError(line, "status", "must be active or empty; archived work centres cannot be imported"));
        }
        List<String> days = list(cells.get("working_days"));
        List<ShiftTimes> shifts = null;
        if (cells.get("shifts") != null) {
            shifts = new ArrayList<>();
            for (String shift : list(cells.get("shifts"))) {
                String[] ends = shift.split("-", -1);
                if (ends.length != 2) {
                    errors.add(new RowError(line, "shifts", "must be shifts such as 06:00-14:00, separated by spaces"));
                } else {
                    LocalTime start = time(line, ends[0], "06:00", errors);
                    LocalTime end = time(line, ends[1], "14:00", errors);
                    if (start != null && end != null) {
                        shifts.add(new ShiftTimes(start, end));
                    }
                }
            }
        }
        List<LocalDate> holidays = null;
        if (cells.get("holidays") != null) {
            holidays = new ArrayList<>();
            for (String day : list(cells.get("holidays"))) {
                try {
                    holidays.add(LocalDate.parse(day));
                } catch (DateTimeParseException e) {
                    errors.add(new RowError(line, "holidays", "must be dates such as 2026-12-24, separated by spaces"));
                }
            }
        }
        return new NewWorkCenter(c.text("code"), c.text("name"), c.decimal("hours_per_day"), c.integer("machines"),
                c.decimal("efficiency"), c.money("cost_per_hour"), days == null ? null : days.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList(),
                shifts, holidays);
    }

    /** A time on the clock, HH:MM as the API takes it; otherwise the error the API gives, naming an example. */
    private static LocalTime time(int line, String text, String example, List<RowError> errors) {
        if (!CLOCK.matcher(text).matches()) {
            errors.add(new RowError(line, "shifts", "must be a time such as " + example));
            return null;
        }
        return LocalTime.parse(text);
    }

    private static List<String> list(String cell) {
        return cell == null ? null : Arrays.stream(cell.split("[\\s,;]+")).filter(s -> !s.isEmpty()).toList();
    }

    /** The column a field error is about: {@code shifts[1].end} is shifts, {@code cost_per_hour.currency} cost_per_hour_currency. */
    static String column(String field) {
        int index = field.indexOf('[');
        return index > 0 ? field.substring(0, index) : ItemColumns.column(field);
    }

    static List<Object> cells(WorkCenter w) {
        return Arrays.asList(w.code(), w.name(), Decimals.plain(w.hoursPerDay()), w.machines(), Decimals.plain(w.efficiency()),
                Decimals.plain(w.costPerHourAmount()), w.costPerHourCurrency(),
                w.workingDays().stream().sorted().map(WeekDays::apiName).collect(Collectors.joining(" ")),
                w.shifts().stream().map(s -> s.start() + "-" + s.end()).collect(Collectors.joining(" ")),
                w.holidays().stream().map(LocalDate::toString).collect(Collectors.joining(" ")), w.status().apiName());
    }
}
