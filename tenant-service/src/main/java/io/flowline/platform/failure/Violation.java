package io.flowline.platform.failure;

/** A field that breaks a rule, named as the caller names it ({@code lines[2].quantity}), and what is wrong with it. */
public record Violation(String field, String message) {
}
