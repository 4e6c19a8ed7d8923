package io.flowline.orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The demand of the caller's sales orders, read through the orders' repository. */
@ApplicationScoped
public class OrderDemand implements DemandSource {
    @Inject
    EntityManager em;

    @Inject
    OrderLines orderLines;

    @Override
    public List<OpenLine> openLines() {
        Map<String, SalesOrder> open = new HashMap<>();
        orders().demandOrders().forEach(o -> open.put(o.id(), o));
        List<OpenLine> lines = new ArrayList<>();
        for (OrderLine line : orderLines.of(open.keySet()).values().stream().flatMap(List::stream).toList()) {
            SalesOrder order = open.get(line.orderId());
            lines.add(new OpenLine(line, order.number(), order.promisedDate() != null ? order.promisedDate() : line.requestedDate()));
        }
        return lines;
    }

    @Override
    public List<OpenLine> openLines(Collection<String> itemIds) {
        return orders().demandLines(itemIds);
    }

    @Override
    public List<DueLine> placedLinesDue(LocalDate from, LocalDate to) {
        return orders().placedLinesDue(from, to);
    }

    @Override
    public List<OrderedLine> placedLinesOrdered(String itemId, LocalDate from, LocalDate to) {
        return orders().placedLinesOrdered(itemId, from, to);
    }

    private SalesOrderRepository orders() {
        return SalesOrderRepository.in(em);
    }
}
