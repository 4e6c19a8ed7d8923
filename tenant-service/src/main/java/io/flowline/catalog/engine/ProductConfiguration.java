package io.flowline.catalog.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Assemble-to-order resolution of a super bill: the base lines of a configurable product plus the
 * components of the one option chosen in each option group. A required group needs a choice; an
 * optional group left out adds nothing.
 */
public final class ProductConfiguration {

    private ProductConfiguration() {
    }

    /** One choice among alternatives, e.g. "pen colour" with black and blue. */
    public record OptionGroup(String code, String name, boolean required, List<Option> options) {
        public OptionGroup {
            Objects.requireNonNull(code, "code");
            options = List.copyOf(options);
        }
    }

    /** One alternative of a group, and the components it brings. */
    public record Option(String code, String name, List<BomLine> components) {
        public Option {
            Objects.requireNonNull(code, "code");
            components = List.copyOf(components);
        }
    }

    /** A resolved line: from the base bill when {@code group} and {@code option} are null, else from that option. */
    public record ResolvedLine(BomLine line, String group, String option) {
    }

    /** A group and the option chosen in it. */
    public record Choice(OptionGroup group, Option option) {
    }

    /**
     * The outcome: the resolved lines and choices, or one message per group code that was missing,
     * unknown or given an unknown option (then nothing is resolved).
     */
    public record Resolution(List<ResolvedLine> lines, List<Choice> choices, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * @param choices option code per group code
     */
    public static Resolution resolve(List<BomLine> baseLines, List<OptionGroup> groups, Map<String, String> choices) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, OptionGroup> byCode = new LinkedHashMap<>();
        groups.forEach(g -> byCode.put(g.code(), g));
        for (String code : choices.keySet()) {
            if (!byCode.containsKey(code)) {
                errors.put(code, byCode.isEmpty() ? "is not an option group: this product has no options"
                        : "is not an option group of this product; its groups are " + String.join(", ", byCode.keySet()));
            }
        }
        List<Choice> chosen = new ArrayList<>();
        for (OptionGroup group : groups) {
            String optionCode = choices.get(group.code());
            if (optionCode == null) {
                if (group.required()) {
                    errors.put(group.code(), "a choice is required: one of " + codes(group));
                }
                continue;
            }
            Option option = group.options().stream().filter(o -> o.code().equals(optionCode)).findFirst().orElse(null);
            if (option == null) {
                errors.put(group.code(), "has no option \"" + optionCode + "\"; choose one of " + codes(group));
            } else {
                chosen.add(new Choice(group, option));
            }
        }
        if (!errors.isEmpty()) {
            return new Resolution(List.of(), List.of(), errors);
        }
        List<ResolvedLine> lines = new ArrayList<>();
        baseLines.forEach(l -> lines.add(new ResolvedLine(l, null, null)));
        for (Choice choice : chosen) {
            choice.option().components().forEach(l -> lines.add(new ResolvedLine(l, choice.group().code(), choice.option().code())));
        }
        return new Resolution(lines, chosen, Map.of());
    }

    private static String codes(OptionGroup group) {
        return group.options().stream().map(Option::code).collect(Collectors.joining(", "));
    }
}
