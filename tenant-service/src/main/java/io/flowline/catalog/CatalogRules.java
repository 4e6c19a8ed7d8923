package io.flowline.catalog;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import io.flowline.platform.failure.AlreadyUsed;
import io.flowline.platform.failure.RuleBroken;
import io.flowline.platform.failure.Violation;

/** Field checks that Bean Validation cannot express, collected so one answer names every bad field. */
final class CatalogRules {
    private final List<Violation> errors = new ArrayList<>();

    void reject(String field, String message) {
        errors.add(new Violation(field, message));
    }

    List<Violation> errors() {
        return List.copyOf(errors);
    }

    boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
    }

    /** A code or name as stored: trimmed, and not blank. */
    String text(String field, String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            reject(field, "must not be blank");
        }
        return trimmed;
    }

    /** The currency of a money object, defaulting to the company's. */
    String currency(String field, MoneyAmount money, String tenantCurrency) {
        if (money == null) {
            return null;
        }
        if (money.currency() == null) {
            return tenantCurrency;
        }
        try {
            Currency.getInstance(money.currency());
            return money.currency();
        } catch (IllegalArgumentException e) {
            reject(field + ".currency", "is not an ISO 4217 currency");
            return null;
        }
    }

    /** A conflict on a unique code, naming the field. */
    static AlreadyUsed duplicateCode(String what, String code, String holderId) {
        return new AlreadyUsed("code", "is already used by " + holderId,
                "Another " + what + " (" + holderId + ") already has the code " + code + "; codes are unique in your company.");
    }
}
