package io.flowline.production.engine;

import java.util.Locale;

/**
 * What moves a work order. Release, close and cancel are the planner's (each a {@code POST /work-orders/{id}/<verb>});
 * start and complete happen on the shop floor: the first operation's start, the last operation's completion.
 */
public enum WorkOrderAction {
    RELEASE(true), START(false), COMPLETE(false), CLOSE(true), CANCEL(true);

    private final boolean explicit;

    WorkOrderAction(boolean explicit) {
        this.explicit = explicit;
    }

    /** Whether a person takes it with its own endpoint (else it follows from the operations). */
    public boolean explicit() {
        return explicit;
    }

    /** The endpoint's last segment: {@code release}. */
    public String pathSegment() {
        return name().toLowerCase(Locale.ROOT);
    }
}
