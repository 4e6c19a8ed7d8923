package io.flowline.api.planning;

/** Sizes the planning calculators accept, so that one request cannot tie up a server. */
public final class PlanningLimits {
    /** Time buckets per request: ten years of weeks, or five and a half years of days. */
    public static final int MAX_PERIODS = 2000;
    /** Forecast periods after the history. */
    public static final int MAX_HORIZON = 520;

    private PlanningLimits() {
    }
}
