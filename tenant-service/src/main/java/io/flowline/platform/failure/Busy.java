package io.flowline.platform.failure;

/** Nothing was done because others hold what this needs; the same request may succeed after a short wait. */
public class Busy extends Failure {
    private final long retryAfterSeconds;

    public Busy(String kind, String title, String detail, long retryAfterSeconds) {
        super(kind, title, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
