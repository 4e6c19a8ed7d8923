package io.flowline.imports;

import io.flowline.platform.limits.Quota;
import io.flowline.platform.limits.UsageCounter;
import io.flowline.platform.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Rows imported this calendar month by imports that succeeded; a refused file costs nothing. */
@ApplicationScoped
public class ImportUsage implements UsageCounter {
    @Override
    public Quota quota() {
        return Quota.IMPORT_ROWS_THIS_MONTH;
    }

    @Override
    public long count(EntityManager em, Tenant tenant) {
        Long rows = em.createQuery("SELECT SUM(j.imported) FROM ImportJob j WHERE j.createdAt >= :first", Long.class)
                .setParameter("first", UsageCounter.monthStart(tenant)).getSingleResult();
        return rows == null ? 0 : rows;
    }
}
