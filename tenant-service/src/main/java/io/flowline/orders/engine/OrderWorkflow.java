package io.flowline.orders.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tenant's order workflow: its own names for the stages and the optional stages it does without
 * (a trader that never produces skips {@code in_production}; a shop without inspection skips {@code quality_check}).
 */
public record OrderWorkflow(Map<OrderStatus, String> displayNames, Set<OrderStatus> skipped) {
    public static final int MAX_DISPLAY_NAME = 40;

    /** Every stage, with the default names. */
    public static final OrderWorkflow STANDARD = new OrderWorkflow(Map.of(), Set.of());

    public OrderWorkflow {
        displayNames = Collections.unmodifiableMap(displayNames.isEmpty() ? new EnumMap<>(OrderStatus.class) : new EnumMap<>(displayNames));
        skipped = Collections.unmodifiableSet(skipped.isEmpty() ? EnumSet.noneOf(OrderStatus.class) : EnumSet.copyOf(skipped));
        for (OrderStatus stage : skipped) {
            if (!stage.optional()) {
                throw new IllegalArgumentException(stage.apiName() + " cannot be skipped; only in_production, quality_check and ready are optional");
            }
        }
        for (Map.Entry<OrderStatus, String> name : displayNames.entrySet()) {
            String text = name.getValue();
            if (text == null || text.isBlank() || text.length() > MAX_DISPLAY_NAME) {
                throw new IllegalArgumentException("the name of " + name.getKey().apiName() + " must be 1 to " + MAX_DISPLAY_NAME + " characters");
            }
        }
    }

    /** The same workflow without these stages. */
    public OrderWorkflow skipping(OrderStatus... stages) {
        Set<OrderStatus> more = EnumSet.noneOf(OrderStatus.class);
        more.addAll(skipped);
        more.addAll(List.of(stages));
        return new OrderWorkflow(displayNames, more);
    }

    /** The same workflow with a stage renamed. */
    public OrderWorkflow renaming(OrderStatus stage, String displayName) {
        Map<OrderStatus, String> names = new EnumMap<>(OrderStatus.class);
        names.putAll(displayNames);
        names.put(stage, displayName);
        return new OrderWorkflow(names, skipped);
    }

    public String displayName(OrderStatus status) {
        return displayNames.getOrDefault(status, status.defaultDisplayName());
    }

    public boolean uses(OrderStatus stage) {
        return !skipped.contains(stage);
    }

    /** The stages of the main path this tenant uses, in order. */
    public List<OrderStatus> stages() {
        List<OrderStatus> stages = new ArrayList<>();
        for (OrderStatus stage : OrderStatus.MAIN_PATH) {
            if (uses(stage)) {
                stages.add(stage);
            }
        }
        return stages;
    }
}
