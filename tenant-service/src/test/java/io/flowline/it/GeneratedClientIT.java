package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.flowline.client.ApiClient;
import io.flowline.client.ApiException;
import io.flowline.client.api.AccountsApi;
import io.flowline.client.api.CustomersApi;
import io.flowline.client.api.ItemsApi;
import io.flowline.client.api.OrdersApi;
import io.flowline.client.model.CreateCustomerRequest;
import io.flowline.client.model.CreateItemRequest;
import io.flowline.client.model.CreateOrderRequest;
import io.flowline.client.model.Customer;
import io.flowline.client.model.Item;
import io.flowline.client.model.ItemList;
import io.flowline.client.model.Money;
import io.flowline.client.model.Order;
import io.flowline.client.model.OrderActionRequest;
import io.flowline.client.model.OrderLineRequest;
import io.flowline.client.model.OrderList;
import io.flowline.client.model.OrderTimelineEntry;
import io.flowline.client.model.Signup;
import io.flowline.client.model.SignupRequest;

import org.junit.jupiter.api.Test;

/**
 * The Java client that the build generates from openapi.yaml (module {@code clients}), against the running service: a
 * contract change that breaks generated clients breaks this test, at compile time or in its calls.
 */
class GeneratedClientIT {

    @Test
    void aCompanySignsUpAndTakesAnOrderThroughTheGeneratedClient() throws ApiException {
        String email = TestTenants.uniqueEmail("client");
        Signup signup = new AccountsApi(client(null)).signUp(new SignupRequest().company("Generated Client GmbH").country("DE")
                .email(email).password(TestTenants.PASSWORD), null);
        assertEquals(email, signup.getEmail());
        String token = new AccountsApi(client(null)).issueToken(null, "password", email, TestTenants.PASSWORD, null, null, null)
                .getAccessToken();
        ApiClient owner = client(token);
        assertEquals(email, new AccountsApi(owner).getMe().getEmail());

        Item item = new ItemsApi(owner).createItem(new CreateItemRequest().code("GEN-BOARD").name("Oak board from the client")
                .kind(CreateItemRequest.KindEnum.PRODUCT).salesPrice(new Money().amount(new BigDecimal("24.90")).currency("EUR")), null);
        Customer customer = new CustomersApi(owner).createCustomer(new CreateCustomerRequest().name("Client Customer AS"), null);
        String key = UUID.randomUUID().toString();
        CreateOrderRequest request = new CreateOrderRequest().customerId(customer.getId()).channel(CreateOrderRequest.ChannelEnum.API)
                .addLinesItem(new OrderLineRequest().itemId(item.getId()).quantity(new BigDecimal("3")));
        Order order = new OrdersApi(owner).createOrder(request, key);
        assertTrue(order.getId().startsWith("ord_"), order.getId());
        assertEquals(Order.StatusEnum.DRAFT, order.getStatus());
        assertEquals(order.getId(), new OrdersApi(owner).createOrder(request, key).getId(), "the Idempotency-Key parameter replays");

        ItemList items = new ItemsApi(owner).listItems(null, null, null, null, null);
        assertEquals(ItemList.ObjectEnum.LIST, items.getObject());
        assertEquals(List.of(item.getId()), items.getData().stream().map(Item::getId).toList());
        OrderList orders = new OrdersApi(owner).listOrders(null, null, customer.getId(), null, null);
        assertEquals(List.of(order.getId()), orders.getData().stream().map(Order::getId).toList());
        assertFalse(orders.getHasMore());

        new OrdersApi(owner).submitOrder(order.getId(), new OrderActionRequest(), null);
        LocalDate promised = LocalDate.now().plusDays(21);
        Order confirmed = new OrdersApi(owner).confirmOrder(order.getId(), new OrderActionRequest().promisedDate(promised), null);
        assertEquals(Order.StatusEnum.CONFIRMED, confirmed.getStatus());
        assertEquals(promised, confirmed.getPromisedDate());
        assertEquals(List.of("draft", "submitted", "confirmed"), new OrdersApi(owner).listOrderTimeline(order.getId()).getData().stream()
                .map(OrderTimelineEntry::getToStatus).toList());
    }

    @Test
    void aRefusalReachesTheCallerWithItsStatusAndProblem() {
        ApiException unauthenticated = assertThrows(ApiException.class, () -> new OrdersApi(client(null)).listOrders(null, null, null, null, null));
        assertEquals(401, unauthenticated.getCode());

        String token = TestTenants.signUpUnverified("Generated Client Refusals").token();
        ApiException missing = assertThrows(ApiException.class, () -> new OrdersApi(client(token)).getOrder("ord_01JD0Z8V6Q3N4R5S6T7V8W9X0Y"));
        assertEquals(404, missing.getCode());
        assertTrue(missing.getResponseBody().contains("\"status\":404"), missing.getResponseBody());
    }

    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Http.BASE_URL);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }
}
