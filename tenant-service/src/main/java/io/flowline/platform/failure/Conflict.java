package io.flowline.platform.failure;

import java.util.List;

/** The action conflicts with the object's current state (an order already shipped, stock that is not there). */
public class Conflict extends Failure {
    private final List<Violation> violations;

    public Conflict(String kind, String detail) {
        this(kind, "Conflict", detail, List.of());
    }

    /** A conflict with a title of its own, blaming the fields whose values cannot be had. */
    public Conflict(String kind, String title, String detail, List<Violation> violations) {
        super(kind, title, detail);
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }
}
