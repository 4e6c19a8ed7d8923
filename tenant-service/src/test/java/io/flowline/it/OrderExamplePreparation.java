package io.flowline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

/**
 * For {@link CrossTenantIT}: the documented example of POST /api/v1/orders names a customer and two items (one of them a
 * configurable bag with a pen colour), which a fresh tenant does not have. This creates them through the API and puts
 * their ids into the example, so the example itself is what gets posted.
 */
final class OrderExamplePreparation {
    static final String COLLECTION = "/api/v1/orders";

    private OrderExamplePreparation() {
    }

    static String prepare(TestTenants.TestTenant tenant, String example) {
        String customer = created(Http.post("/api/v1/customers", tenant.token(), Http.json("name", "Example Customer")));
        String board = created(Http.post("/api/v1/items", tenant.token(), "{\"code\":\"EX-BOARD\",\"name\":\"Board\",\"kind\":\"product\","
                + "\"sales_price\":{\"amount\":10}}"));
        String bag = created(Http.post("/api/v1/items", tenant.token(), Http.json("code", "EX-BAG", "name", "Bag", "kind", "product")));
        String pen = created(Http.post("/api/v1/items", tenant.token(), Http.json("code", "EX-PEN", "name", "Pen", "kind", "material")));
        Http.Reply options = Http.method("PUT", "/api/v1/items/" + bag + "/options", tenant.token(), "{\"groups\":[{\"code\":\"pen_colour\","
                + "\"name\":\"Pen colour\",\"options\":[{\"code\":\"blue\",\"name\":\"Blue\",\"components\":[{\"component_id\":\"" + pen
                + "\",\"quantity_per\":5}]}]}]}", Map.of("If-Match", "\"0\""));
        assertEquals(200, options.status(), options::toString);
        return example.replace("cus_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", customer).replace("itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Y", board)
                .replace("itm_01JD0Z8V6Q3N4R5S6T7V8W9X0Z", bag);
    }

    private static String created(Http.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }
}
