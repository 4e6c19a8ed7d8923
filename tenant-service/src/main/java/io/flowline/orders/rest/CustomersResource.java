package io.flowline.orders.rest;

import java.net.URI;

import io.flowline.api.orders.Address;
import io.flowline.api.orders.CreateCustomerRequest;
import io.flowline.api.orders.CustomerContact;
import io.flowline.api.orders.CustomersApi;
import io.flowline.api.orders.UpdateCustomerRequest;
import io.flowline.orders.ContactPerson;
import io.flowline.orders.Customer;
import io.flowline.orders.CustomerDetails;
import io.flowline.orders.CustomerService;
import io.flowline.orders.CustomerAddress;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.pagination.rest.ListPages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(CustomersApi.PATH)
@RolesAllowed({"owner", "admin", "sales"})
public class CustomersResource implements CustomersApi {

    @Inject
    CustomerService customers;

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response list(Integer limit, String cursor, String q, String status) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, customers.list(page, q, status), Customer::id, CustomersResource::representation)).build();
    }

    @Override
    public Response create(CreateCustomerRequest request) {
        Customer customer = customers.create(OrderCommands.newCustomer(request));
        return Response.created(URI.create(PATH + "/" + customer.id())).entity(representation(customer))
                .tag(OptimisticLocking.etag(customer.version())).build();
    }

    @Override
    @RolesAllowed({"owner", "admin", "sales", "planner", "warehouse", "operator", "quality", "viewer"})
    public Response get(String id) {
        return ok(customers.get(id));
    }

    @Override
    public Response update(String id, String ifMatch, UpdateCustomerRequest request) {
        return ok(customers.update(id, ifMatch, OrderCommands.customerChanges(request)));
    }

    @Override
    public Response archive(String id) {
        return ok(customers.archive(id));
    }

    private static Response ok(Customer customer) {
        return Response.ok(representation(customer)).tag(OptimisticLocking.etag(customer.version())).build();
    }

    public static io.flowline.api.orders.Customer representation(Customer c) {
        return new io.flowline.api.orders.Customer(c.id(), "customer", c.number(), c.name(),
                CustomerDetails.contacts(c.contactsJson()).stream().map(CustomersResource::contact).toList(),
                CustomerDetails.addresses(c.deliveryAddressesJson()).stream().map(CustomersResource::address).toList(),
                address(CustomerDetails.address(c.invoiceAddressJson())), c.language(), c.notes(), c.status().name().toLowerCase(),
                c.archivedAt(), c.createdAt(), c.version());
    }

    private static CustomerContact contact(ContactPerson c) {
        return new CustomerContact(c.name(), c.email(), c.phone(), c.role());
    }

    private static Address address(CustomerAddress a) {
        return a == null ? null : new Address(a.line1(), a.line2(), a.postalCode(), a.city(), a.region(), a.country());
    }
}
