package io.flowline.orders;

import io.flowline.platform.limits.Quota;
import io.flowline.platform.limits.UsageCounter;
import io.flowline.platform.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Orders taken in the company's current calendar month, cancelled ones too. */
@ApplicationScoped
public class OrderUsage implements UsageCounter {
    @Override
    public Quota quota() {
        return Quota.ORDERS_THIS_MONTH;
    }

    @Override
    public long count(EntityManager em, Tenant tenant) {
        return SalesOrderRepository.in(em).countOrderedSince(tenant.today().withDayOfMonth(1));
    }
}
