package io.flowline.planning.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.flowline.catalog.engine.WorkingCalendar;
import org.junit.jupiter.api.Test;

/**
 * Capable-to-promise for a made item over every level of its bill (issue 12), on a week of Monday to Friday. Monday
 * 7 December 2026 is day 0; lead times count working days after the day the parts are there.
 */
class ProductionPromiseTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final WorkingCalendar COMPANY = ProductionPromise.workingDays(WEEKDAYS, Set.of());
    private static final QuantityPrecision PIECES = QuantityPrecision.ofDecimals(0);

    private static ProductionPromise.Part bought(double available, int leadTime) {
        return new ProductionPromise.Part(available, null, leadTime, List.of(), List.of(), PIECES);
    }

    private static ProductionPromise.Part made(double available, int leadTime, List<ProductionPromise.Operation> routing,
                                               ProductionPromise.ComponentUse... components) {
        return new ProductionPromise.Part(available, null, leadTime, List.of(components), routing, PIECES);
    }

    private static ProductionPromise.ComponentUse use(String id, double perUnit) {
        return new ProductionPromise.ComponentUse(id, perUnit);
    }

    private static WorkingCalendar line(LocalDate... holidays) {
        return new WorkingCalendar(WEEKDAYS, List.of(), Set.of(holidays), BigDecimal.valueOf(8), 1, BigDecimal.ONE);
    }

    /** The example: 6,000 bottles filled in a day, whose caps take 7 working days: Wednesday week + 1, not Tuesday. */
    @Test
    void aMadeItemWaitsForItsSlowestComponent() {
        Map<String, ProductionPromise.Part> parts = Map.of(
                "bottle", made(0, 1, List.of(), use("cap", 1), use("label", 1)),
                "cap", bought(0, 7),
                "label", bought(10_000, 3));
        ProductionPromise.Result promise = ProductionPromise.promise(parts, "bottle", 6000, MONDAY, COMPANY);

        // caps on day 7 (Wednesday 16 December), filling one working day more
        assertEquals(LocalDate.of(2026, 12, 17), promise.date());
        assertEquals(Optional.of("cap"), promise.limitingPartId());
        assertEquals(Optional.of(1), promise.makingDays());
        assertEquals(List.of("bottle", "cap", "label"), promise.reckonings().stream().map(ProductionPromise.Reckoning::partId).toList());
        assertEquals(MONDAY, promise.reckonings().get(2).date(), "labels are in stock");
    }

    /** Three levels: the limiting part is named where it is, two levels down, and the lead times add up along its path. */
    @Test
    void leadTimesAddUpOverEveryLevel() {
        Map<String, ProductionPromise.Part> parts = Map.of(
                "bottle", made(10, 1, List.of(), use("concentrate", 0.5)),
                "concentrate", made(0, 2, List.of(), use("base", 0.2)),
                "base", bought(100, 7));
        ProductionPromise.Result promise = ProductionPromise.promise(parts, "bottle", 6000, MONDAY, COMPANY);

        // 5,990 bottles to fill need 2,995 concentrate and 599 base: 100 in stock, the rest in 7 days; mixing 2, filling 1
        assertEquals(workingDay(10), promise.date());
        assertEquals(Optional.of("base"), promise.limitingPartId());
        assertEquals(599, promise.reckonings().get(2).required());
        assertEquals(499, promise.reckonings().get(2).shortage());
    }

    @Test
    void stockThatCoversIsPromisedTodayAndComponentsAreNotAskedFor() {
        Map<String, ProductionPromise.Part> parts = Map.of("bottle", made(6000, 1, List.of(), use("cap", 1)), "cap", bought(0, 7));
        ProductionPromise.Result promise = ProductionPromise.promise(parts, "bottle", 6000, MONDAY.minusDays(1), COMPANY);

        assertEquals(MONDAY, promise.date(), "Sunday's promise is Monday's stock");
        assertEquals(Optional.empty(), promise.limitingPartId());
        assertEquals(Optional.empty(), promise.makingDays());
        assertEquals(1, promise.reckonings().size());
    }

    /** A receipt on its way that covers the rest brings the date before what making would take. */
    @Test
    void aReceiptThatCoversComesBeforeMaking() {
        ProductionPromise.Part bottle = new ProductionPromise.Part(100, new TreeMap<>(Map.of(workingDay(2), 500.0)), 1,
                List.of(use("cap", 1)), List.of(), PIECES);
        Map<String, ProductionPromise.Part> parts = Map.of("bottle", bottle, "cap", bought(0, 7));

        assertEquals(workingDay(2), ProductionPromise.promise(parts, "bottle", 600, MONDAY, COMPANY).date());
        assertEquals(workingDay(8), ProductionPromise.promise(parts, "bottle", 601, MONDAY, COMPANY).date());
    }

    /** Stock of a part used twice in the bill is counted once. */
    @Test
    void stockOfAPartUsedTwiceIsTakenOnce() {
        Map<String, ProductionPromise.Part> parts = Map.of(
                "kit", made(0, 1, List.of(), use("bag", 1), use("box", 1)),
                "bag", made(0, 1, List.of(), use("screw", 4)),
                "box", made(0, 1, List.of(), use("screw", 4)),
                "screw", bought(40, 5));

        // 10 kits: 40 screws for the bags come from stock, the box's 40 after 5 days
        ProductionPromise.Result promise = ProductionPromise.promise(parts, "kit", 10, MONDAY, COMPANY);
        assertEquals(workingDay(5 + 1 + 1), promise.date());
        assertEquals(Optional.of("screw"), promise.limitingPartId());
    }

    /** The routing's hours on its line (60 h at 8 h a day: eight working days) and the line's holiday both push the date. */
    @Test
    void routingHoursAndTheLinesCalendarCount() {
        ProductionPromise.Operation filling = new ProductionPromise.Operation(0, 0.01, line(workingDay(7)));
        Map<String, ProductionPromise.Part> parts = Map.of("bottle", made(0, 1, List.of(filling)));

        // 8 h a day from day 0; the line's holiday on day 7 gives no hours, so the 60th hour is worked on day 8
        assertEquals(workingDay(8), ProductionPromise.promise(parts, "bottle", 6000, MONDAY, COMPANY).date());
        // a short run would be done on day 1 by the lead time, but the line is off on day 1: day 2
        ProductionPromise.Operation offTomorrow = new ProductionPromise.Operation(0, 0.01, line(workingDay(1)));
        assertEquals(workingDay(2), ProductionPromise.promise(Map.of("bottle", made(0, 1, List.of(offTomorrow))), "bottle", 10,
                MONDAY, COMPANY).date());
    }

    /** Working day {@code n} after Monday 7 December 2026, Monday to Friday. */
    private static LocalDate workingDay(int n) {
        LocalDate date = MONDAY;
        for (int added = 0; added < n; ) {
            date = date.plusDays(1);
            if (WEEKDAYS.contains(date.getDayOfWeek())) {
                added++;
            }
        }
        return date;
    }
}
