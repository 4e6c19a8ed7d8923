package io.flowline.catalog;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Days of the week as the API spells them: mon, tue, wed, thu, fri, sat, sun. */
public final class WeekDays {
    private WeekDays() {
    }

    public static String apiName(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    public static Optional<DayOfWeek> parse(String name) {
        return Arrays.stream(DayOfWeek.values()).filter(d -> apiName(d).equals(name)).findFirst();
    }
}
