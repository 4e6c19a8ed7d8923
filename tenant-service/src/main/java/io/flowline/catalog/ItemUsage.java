package io.flowline.catalog;

import io.flowline.platform.limits.Quota;
import io.flowline.platform.limits.UsageCounter;
import io.flowline.platform.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Every item counts, archived ones too: they keep their code and history. */
@ApplicationScoped
public class ItemUsage implements UsageCounter {
    @Override
    public Quota quota() {
        return Quota.ITEMS;
    }

    @Override
    public long count(EntityManager em, Tenant tenant) {
        return ItemRepository.in(em).count();
    }
}
