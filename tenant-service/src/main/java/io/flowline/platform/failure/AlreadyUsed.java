package io.flowline.platform.failure;

import java.util.List;

/** A value that must be unique in the company (a code, a number) is already used; names the field. */
public class AlreadyUsed extends Failure {
    private final Violation violation;

    public AlreadyUsed(String field, String fieldMessage, String detail) {
        super("already-used", "Already used", detail);
        this.violation = new Violation(field, fieldMessage);
    }

    @Override
    public List<Violation> violations() {
        return List.of(violation);
    }
}
