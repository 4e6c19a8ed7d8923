package io.flowline.platform.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.flowline.platform.tenancy.EntityManagers;
import io.flowline.platform.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Token buckets per caller (the token's subject), per tenant and, for calls without a token, per client address. Kept in
 * this replica's memory: n replicas behind a balancer allow up to n times the rate.
 */
@ApplicationScoped
public class RateLimiter {
    /** How long a tenant's plan is trusted before it is read again: plans change rarely, requests are many. */
    private static final long PLAN_TTL_NANOS = 60_000_000_000L;
    /** Buckets left untouched until they are full again are forgotten now and then, so memory follows active callers. */
    private static final int SWEEP_EVERY = 10_000;

    /** One policy's answer: its name for the RateLimit headers, its limits and what this request left of them. */
    public record Outcome(String policy, PlanLimits.Rate rate, TokenBucket.Take take) {
    }

    private record CachedPlan(String plan, long readAt) {
    }

    @Inject
    PlanLimits limits;

    @Inject
    EntityManagers entityManagers;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, CachedPlan> plans = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();

    /** Takes one request from the tenant's and the caller's buckets; both outcomes, the tenant's first. */
    public List<Outcome> forCaller(String tenantId, String subject) {
        PlanLimits.Limits plan = limits.of(plan(tenantId));
        List<Outcome> outcomes = new ArrayList<>(2);
        outcomes.add(take("tenant", "tenant:" + tenantId, plan.tenant()));
        outcomes.add(take("token", "token:" + tenantId + ":" + subject, plan.token()));
        return outcomes;
    }

    public List<Outcome> forAddress(String address) {
        return List.of(take("address", "address:" + address, limits.perAddress()));
    }

    private Outcome take(String policy, String key, PlanLimits.Rate rate) {
        long now = System.nanoTime();
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            buckets.values().removeIf(b -> b.full(now));
        }
        TokenBucket bucket = buckets.computeIfAbsent(key, k -> new TokenBucket(rate.perSecond(), rate.burst(), now));
        return new Outcome(policy, rate, bucket.take(now));
    }

    private String plan(String tenantId) {
        long now = System.nanoTime();
        CachedPlan cached = plans.get(tenantId);
        if (cached == null || now - cached.readAt() > PLAN_TTL_NANOS) {
            EntityManager em = entityManagers.global();
            try {
                Tenant tenant = em.find(Tenant.class, tenantId);
                cached = new CachedPlan(tenant == null ? null : tenant.plan(), now);
            } finally {
                em.close();
            }
            plans.put(tenantId, cached);
        }
        return cached.plan();
    }
}
