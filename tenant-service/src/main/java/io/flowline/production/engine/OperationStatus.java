package io.flowline.production.engine;

import java.util.Locale;

/** Where one operation of a work order stands. */
public enum OperationStatus {
    PENDING, RUNNING, PAUSED, DONE;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
