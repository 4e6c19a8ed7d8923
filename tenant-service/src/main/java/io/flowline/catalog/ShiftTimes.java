package io.flowline.catalog;

import java.time.LocalTime;

/** A shift as given, from its start to its end on the clock; the service refuses one that starts when it ends. */
public record ShiftTimes(LocalTime start, LocalTime end) {
}
