package io.flowline.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.flowline.orders.engine.OrderStatus;

/**
 * The customer demand that planning reads of orders, so that it never queries orders' entities itself: the open lines MRP
 * and delivery promises net, and the placed lines that consume and make the master schedule. Reads the caller's orders.
 */
public interface DemandSource {
    /** Customer orders whose open lines are demand: confirmed and the stages after it until they ship (or on hold from one). */
    Set<OrderStatus> DEMAND = Collections.unmodifiableSet(EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION,
            OrderStatus.QUALITY_CHECK, OrderStatus.READY));

    /** A line of an order that is demand, with its order's number and when it is due: the promised date, else the requested one. */
    record OpenLine(OrderLine line, String orderNumber, LocalDate due) {
    }

    /** A quantity of an item on a placed order, due on a date (promised, else requested). */
    record DueLine(String itemId, LocalDate due, BigDecimal quantity) {
    }

    /** A quantity of one item on a placed order, by the day it was ordered. */
    record OrderedLine(LocalDate orderedOn, BigDecimal quantity) {
    }

    /** The lines of every order that is demand now, order by order. */
    List<OpenLine> openLines();

    /** The lines of orders that are demand now for these items, and every configured line (its options may need them). */
    List<OpenLine> openLines(Collection<String> itemIds);

    /** Lines of placed orders (also on hold from a placed stage) due from {@code from} to before {@code to}. */
    List<DueLine> placedLinesDue(LocalDate from, LocalDate to);

    /** Lines of one item on placed orders ordered from {@code from} to before {@code to}. */
    List<OrderedLine> placedLinesOrdered(String itemId, LocalDate from, LocalDate to);
}
