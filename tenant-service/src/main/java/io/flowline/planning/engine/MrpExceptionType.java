package io.flowline.planning.engine;

/** Action messages MRP raises for the planner. */
public enum MrpExceptionType {
    /** A planned order must be released in the current period. */
    RELEASE_NOW,
    /** A scheduled receipt arrives after the period it is needed in. */
    EXPEDITE,
    /** A scheduled receipt arrives before it is needed and could come later. */
    DE_EXPEDITE,
    /** A scheduled receipt is not needed within the horizon. */
    CANCEL,
    /** A planned order should have been released before the current period; it is released now. */
    PAST_DUE
}
