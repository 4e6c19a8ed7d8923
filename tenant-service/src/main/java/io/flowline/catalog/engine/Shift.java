package io.flowline.catalog.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A working shift from {@code start} to {@code end} on the clock; an end at or before the start
 * crosses midnight (22:00 to 06:00 is eight hours), and the shift's hours count on the day it starts.
 */
public record Shift(LocalTime start, LocalTime end) {

    private static final int DAY = 24 * 60;

    public Shift {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new IllegalArgumentException("a shift must not start and end at the same time");
        }
    }

    public int minutes() {
        int from = startMinute();
        int to = end.getHour() * 60 + end.getMinute();
        return to > from ? to - from : DAY - from + to;
    }

    public BigDecimal hours() {
        return BigDecimal.valueOf(minutes()).divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** Whether the two shifts share any minute, counting one that crosses midnight into the next day's shifts too. */
    public boolean overlaps(Shift other) {
        int a = startMinute();
        int b = other.startMinute();
        for (int dayOffset = -DAY; dayOffset <= DAY; dayOffset += DAY) {
            int otherStart = b + dayOffset;
            if (a < otherStart + other.minutes() && otherStart < a + minutes()) {
                return true;
            }
        }
        return false;
    }

    private int startMinute() {
        return start.getHour() * 60 + start.getMinute();
    }
}
