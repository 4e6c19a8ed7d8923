package io.flowline.production.engine;

import java.util.Locale;

/** What an operator does with an operation: each is {@code POST /work-orders/{id}/operations/{sequence}/<verb>}. */
public enum OperationAction {
    START, PAUSE, RESUME, REPORT, COMPLETE;

    public String pathSegment() {
        return name().toLowerCase(Locale.ROOT);
    }
}
