package io.flowline.platform.tenancy;

import java.util.Arrays;
import java.util.List;

/** The modules a tenant switches on. */
public enum Module {
    ORDERS, PLANNING, INVENTORY, PRODUCTION, QUALITY, DELIVERY, INSIGHTS;

    public String apiName() {
        return name().toLowerCase();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Module::apiName).toList();
    }
}
