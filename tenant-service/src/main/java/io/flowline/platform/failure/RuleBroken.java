package io.flowline.platform.failure;

import java.util.Comparator;
import java.util.List;

/** The input breaks a rule of the domain: one violation per bad field, sorted by field. */
public class RuleBroken extends Failure {
    private final List<Violation> violations;

    public RuleBroken(List<Violation> violations) {
        super("validation", "Request is invalid", violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message() : violations.size() + " fields are invalid");
        this.violations = violations.stream().sorted(Comparator.comparing(Violation::field)).toList();
    }

    public RuleBroken(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }
}
