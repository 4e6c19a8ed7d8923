package io.flowline.platform.failure;

import java.util.List;

import io.flowline.platform.logging.LogMasks;

/**
 * A failure the caller can act on, named by its kind (the slug of its problem type) with a title and a detail for the caller.
 * <p>
 * {@link #detail()} is what the caller reads; {@link #getMessage()} is what logs see (Liberty writes an FFDC incident for an
 * exception leaving a transaction), so there e-mail addresses are masked.
 */
public abstract class Failure extends RuntimeException {
    private final String kind;
    private final String title;
    private final String detail;

    protected Failure(String kind, String title, String detail) {
        super(LogMasks.mask(detail));
        this.kind = kind;
        this.title = title;
        this.detail = detail;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** The detail as the caller gets it. */
    public String detail() {
        return detail;
    }

    /** The fields to blame, in field order; none for most kinds. */
    public List<Violation> violations() {
        return List.of();
    }
}
