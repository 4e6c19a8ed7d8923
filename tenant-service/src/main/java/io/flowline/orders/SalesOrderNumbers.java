package io.flowline.orders;

import io.flowline.platform.numbering.NumberSeries;
import io.flowline.platform.numbering.OrderNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Sales order numbers from the tenant's gap-free order series, passing over any number an order already carries. */
@ApplicationScoped
public class SalesOrderNumbers {
    @Inject
    OrderNumbers numbers;

    @Inject
    EntityManager em;

    /** Called before the creating transaction holds a connection (see {@link OrderNumbers}). */
    void prepare() {
        numbers.prepare(NumberSeries.ORDER);
    }

    /** Take it as late as possible: from here to commit, other creations of this tenant wait for the counter row. */
    String next() {
        return numbers.next(em, NumberSeries.ORDER, SalesOrderRepository.in(em)::numberTaken);
    }
}
