package io.flowline.platform.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

/**
 * What a plan allows, from MicroProfile Config: {@code flowline.plans.<plan>.<key>} when set, else the default for every plan,
 * {@code flowline.limits.<key>} (e.g. {@code flowline.plans.professional.quota.items=500000},
 * env {@code FLOWLINE_PLANS_PROFESSIONAL_QUOTA_ITEMS}).
 */
@ApplicationScoped
public class PlanLimits {
    public record Rate(double perSecond, long burst) {
    }

    public record Limits(String plan, Rate token, Rate tenant, long items, long ordersPerMonth, long importRowsPerMonth) {
    }

    @Inject
    Config config;

    private final Map<String, Limits> byPlan = new ConcurrentHashMap<>();

    public Limits of(String plan) {
        return byPlan.computeIfAbsent(plan == null ? "starter" : plan, p -> new Limits(p,
                new Rate(decimal(p, "rate.token.per-second"), number(p, "rate.token.burst")),
                new Rate(decimal(p, "rate.tenant.per-second"), number(p, "rate.tenant.burst")),
                number(p, "quota.items"), number(p, "quota.orders-per-month"), number(p, "quota.import-rows-per-month")));
    }

    /** Callers without a token (sign-up, sign-in, tracking) share one bucket per client address. */
    public Rate perAddress() {
        return new Rate(config.getValue("flowline.limits.rate.address.per-second", Double.class),
                config.getValue("flowline.limits.rate.address.burst", Long.class));
    }

    public long jsonBodyBytes() {
        return config.getValue("flowline.limits.json-body-bytes", Long.class);
    }

    public long importBodyBytes() {
        return config.getValue("flowline.limits.import-body-bytes", Long.class);
    }

    private double decimal(String plan, String key) {
        return config.getOptionalValue("flowline.plans." + plan + "." + key, Double.class)
                .orElseGet(() -> config.getValue("flowline.limits." + key, Double.class));
    }

    private long number(String plan, String key) {
        return config.getOptionalValue("flowline.plans." + plan + "." + key, Long.class)
                .orElseGet(() -> config.getValue("flowline.limits." + key, Long.class));
    }
}
