package io.flowline.orders;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * The first observer of order events: logs each one after its transaction committed. Webhooks and planning will observe
 * the same way; a rolled-back change never reaches them.
 */
@ApplicationScoped
public class OrderEventLog {
    private static final Logger LOG = Logger.getLogger(OrderEventLog.class.getName());

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderEvent event) {
        LOG.fine(() -> event.type() + " " + event.orderId() + " (" + event.number() + ") of tenant " + event.tenantId() + ": " + event.status());
    }
}
