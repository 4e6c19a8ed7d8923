package io.flowline.platform.limits;

import io.flowline.platform.tenancy.Tenant;
import jakarta.persistence.EntityManager;

/** A module counts what it owns for one quota; the platform cannot read modules' tables, so each module brings its counter. */
public interface UsageCounter {
    Quota quota();

    /** The current use, read with an entity manager bound to the tenant. */
    long count(EntityManager em, Tenant tenant);

    /** The first instant of the tenant's calendar month, for quotas counted per month. */
    static java.time.Instant monthStart(Tenant tenant) {
        return tenant.today().withDayOfMonth(1).atStartOfDay(java.time.ZoneId.of(tenant.timeZone())).toInstant();
    }
}
