package io.flowline.orders.rest;

import java.util.List;
import java.util.function.Function;

import io.flowline.api.orders.Address;
import io.flowline.api.orders.CreateCustomerRequest;
import io.flowline.api.orders.CreateOrderRequest;
import io.flowline.api.orders.CreateOrderReturnRequest;
import io.flowline.api.orders.CustomerContact;
import io.flowline.api.orders.OrderLineRequest;
import io.flowline.api.orders.UpdateCustomerRequest;
import io.flowline.api.orders.UpdateOrderRequest;
import io.flowline.orders.ContactPerson;
import io.flowline.orders.CustomerChanges;
import io.flowline.orders.NewCustomer;
import io.flowline.orders.NewOrder;
import io.flowline.orders.NewOrderLine;
import io.flowline.orders.NewOrderReturn;
import io.flowline.orders.OrderChanges;
import io.flowline.orders.CustomerAddress;

/**
 * The API's requests as the orders module's commands, field for field: a field left out stays null, and a null element of a
 * list stays null, so the service names it ({@code lines[1]: must not be null}) as before.
 */
final class OrderCommands {
    private OrderCommands() {
    }

    static NewCustomer newCustomer(CreateCustomerRequest r) {
        return new NewCustomer(r.number(), r.name(), map(r.contacts(), OrderCommands::contact), map(r.deliveryAddresses(), OrderCommands::address),
                address(r.invoiceAddress()), r.language(), r.notes());
    }

    static CustomerChanges customerChanges(UpdateCustomerRequest r) {
        return new CustomerChanges(r.number(), r.name(), map(r.contacts(), OrderCommands::contact), map(r.deliveryAddresses(), OrderCommands::address),
                address(r.invoiceAddress()), r.language(), r.notes());
    }

    static NewOrderReturn newOrderReturn(CreateOrderReturnRequest r) {
        return new NewOrderReturn(r.warehouseId(), map(r.lines(), l -> new NewOrderReturn.Line(l.lineNumber(), l.itemId(), l.quantity(), l.reason())));
    }

    static NewOrder newOrder(CreateOrderRequest r) {
        return new NewOrder(r.customerId(), r.channel(), map(r.lines(), OrderCommands::line), r.notes(), r.externalReference());
    }

    static OrderChanges orderChanges(UpdateOrderRequest r) {
        return new OrderChanges(map(r.lines(), OrderCommands::line), r.promisedDate(), r.notes(), r.externalReference(), r.comment());
    }

    private static NewOrderLine line(OrderLineRequest l) {
        return l == null ? null : new NewOrderLine(l.itemId(), l.configuration() == null ? null : l.configuration().choices(), l.quantity(),
                l.unitPrice() == null ? null : new NewOrderLine.Price(l.unitPrice().amount(), l.unitPrice().currency()), l.requestedDate());
    }

    private static ContactPerson contact(CustomerContact c) {
        return c == null ? null : new ContactPerson(c.name(), c.email(), c.phone(), c.role());
    }

    private static CustomerAddress address(Address a) {
        return a == null ? null : new CustomerAddress(a.line1(), a.line2(), a.postalCode(), a.city(), a.region(), a.country());
    }

    /** The list with each element mapped, nulls kept (the service reports them); null for a list left out. */
    private static <A, B> List<B> map(List<A> list, Function<A, B> element) {
        return list == null ? null : list.stream().map(element).toList();
    }
}
