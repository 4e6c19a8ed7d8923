package io.flowline.platform.tenancy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tenant's pattern for human order numbers: literal text with {YYYY}, {YY}, {MM} and exactly one
 * {SEQ:n} (the per-tenant sequence, zero-padded to n digits, 1 to 12).
 */
public final class OrderNumberFormat {
    public static final String DEFAULT = "SO-{YYYY}-{SEQ:5}";
    private static final Pattern TOKEN = Pattern.compile("\\{([A-Z]+)(?::(\\d+))?}");

    private OrderNumberFormat() {
    }

    /** What is wrong with the pattern, if anything. */
    public static Optional<String> problem(String format) {
        if (format.isBlank()) {
            return Optional.of("must not be blank");
        }
        Matcher matcher = TOKEN.matcher(format);
        int sequences = 0;
        while (matcher.find()) {
            switch (matcher.group(1)) {
                case "YYYY", "YY", "MM" -> {
                    if (matcher.group(2) != null) {
                        return Optional.of("{" + matcher.group(1) + "} takes no width");
                    }
                }
                case "SEQ" -> {
                    sequences++;
                    String width = matcher.group(2);
                    if (width == null || !width.matches("[1-9]|1[0-2]")) {
                        return Optional.of("{SEQ:n} needs a width n from 1 to 12");
                    }
                }
                default -> {
                    return Optional.of("unknown placeholder {" + matcher.group(1) + "}; use {YYYY}, {YY}, {MM} and {SEQ:n}");
                }
            }
        }
        if (sequences != 1) {
            return Optional.of("must contain {SEQ:n} exactly once");
        }
        String literal = TOKEN.matcher(format).replaceAll("");
        if (literal.contains("{") || literal.contains("}")) {
            return Optional.of("has an unbalanced brace");
        }
        return Optional.empty();
    }

    public static String format(String format, int year, int month, long sequence) {
        Matcher matcher = TOKEN.matcher(format);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "YYYY" -> String.format("%04d", year);
                case "YY" -> String.format("%02d", year % 100);
                case "MM" -> String.format("%02d", month);
                default -> String.format("%0" + Integer.parseInt(matcher.group(2)) + "d", sequence);
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
