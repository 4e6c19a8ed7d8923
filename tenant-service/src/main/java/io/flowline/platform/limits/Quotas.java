package io.flowline.platform.limits;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.flowline.platform.failure.NotPermitted;
import io.flowline.platform.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The plan's quotas, checked before a write adds to them. Concurrent writes may pass a quota by the few that were checked
 * together; a quota is a commercial limit, not a safety one.
 */
@ApplicationScoped
public class Quotas {
    /** A quota's use now. */
    public record Use(Quota quota, long used, long limit) {
    }

    @Inject
    Instance<UsageCounter> counters;

    @Inject
    PlanLimits limits;

    public PlanLimits.Limits limitsOf(Tenant tenant) {
        return limits.of(tenant.plan());
    }

    public List<Use> usage(EntityManager em, Tenant tenant) {
        return Arrays.stream(Quota.values()).map(q -> use(em, tenant, q)).toList();
    }

    /** @throws NotPermitted {@code quota-reached} when adding {@code adding} would go over the plan's quota */
    public void require(EntityManager em, Tenant tenant, Quota quota, long adding) {
        exceeded(em, tenant, quota, adding).ifPresent(message -> {
            throw new NotPermitted("quota-reached", "Plan quota reached", message);
        });
    }

    /** Why adding would go over the quota, or empty when it fits. */
    public Optional<String> exceeded(EntityManager em, Tenant tenant, Quota quota, long adding) {
        Use use = use(em, tenant, quota);
        if (use.used() + adding <= use.limit()) {
            return Optional.empty();
        }
        return Optional.of("The " + tenant.plan() + " plan allows " + use.limit() + " " + quota.unit() + "; the company has "
                + use.used() + (adding == 1 ? "" : " and this adds " + adding) + ". GET /api/v1/tenant/usage shows every quota; "
                + "a larger plan raises them.");
    }

    private Use use(EntityManager em, Tenant tenant, Quota quota) {
        UsageCounter counter = counters.stream().filter(c -> c.quota() == quota).findFirst()
                .orElseThrow(() -> new IllegalStateException("no module counts " + quota));
        return new Use(quota, counter.count(em, tenant), quota.limit(limits.of(tenant.plan())));
    }
}
