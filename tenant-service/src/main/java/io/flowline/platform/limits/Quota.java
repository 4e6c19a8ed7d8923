package io.flowline.platform.limits;

import java.util.function.ToLongFunction;

/** What a plan counts; the name is the field of GET /api/v1/tenant/usage. */
public enum Quota {
    ITEMS("items", "items", PlanLimits.Limits::items),
    ORDERS_THIS_MONTH("orders_this_month", "orders a month", PlanLimits.Limits::ordersPerMonth),
    IMPORT_ROWS_THIS_MONTH("import_rows_this_month", "imported rows a month", PlanLimits.Limits::importRowsPerMonth);

    private final String apiName;
    private final String unit;
    private final ToLongFunction<PlanLimits.Limits> limit;

    Quota(String apiName, String unit, ToLongFunction<PlanLimits.Limits> limit) {
        this.apiName = apiName;
        this.unit = unit;
        this.limit = limit;
    }

    public String apiName() {
        return apiName;
    }

    String unit() {
        return unit;
    }

    long limit(PlanLimits.Limits limits) {
        return limit.applyAsLong(limits);
    }
}
