package io.flowline.platform.json;

/** The dates every database the service runs on can store, for readers of dates in requests and parameters alike. */
public final class StorableDates {
    private StorableDates() {
    }

    /** The years DATE and DATETIME columns hold on every database; beyond them an insert or a date computation fails. */
    public static boolean storable(int year) {
        return year >= 1000 && year <= 9999;
    }
}
