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
        return ImportJobRepository.in(em).importedSince(UsageCounter.monthStart(tenant));
    }
}
