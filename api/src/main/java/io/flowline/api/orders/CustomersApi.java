package io.flowline.api.orders;

import io.flowline.api.platform.ApiSecurity;
import io.flowline.api.platform.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(CustomersApi.PATH)
@Tag(name = "Customers", description = "The companies and people who order, with contacts and addresses.")
@SecurityRequirement(name = ApiSecurity.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface CustomersApi {
    /** Implementations repeat this on the class: JAX-RS discovers root resources by their own @Path. */
    String PATH = "/api/v1/customers";

    @GET
    @Operation(operationId = "listCustomers", summary = "List customers", description = "Every role. Oldest first; follow `next_cursor` for more.")
    @APIResponse(responseCode = "200", description = "A page of customers", content = @Content(schema = @Schema(ref = "CustomerList")))
    Response list(@Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") Integer limit,
                  @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor,
                  @Parameter(description = "Only customers whose name or number contains this text, ignoring case.", example = "northwind")
                  @QueryParam("q") String q,
                  @Parameter(description = "Only customers with this status.", example = "active") @QueryParam("status") String status);

    @POST
    @Operation(operationId = "createCustomer", summary = "Create a customer", description = "Owner, admin or sales. Without a `number` the customer gets the next one "
            + "of the series C-00001, C-00002, ..., without gaps and without skipping a number a failed request had.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Customer.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named (e.g. `contacts[1].email`)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another customer has this number", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response create(@RequestBody(content = @Content(examples = @ExampleObject(name = "a wholesaler with a buyer and a warehouse",
            value = "{\"name\":\"Northwind Traders GmbH\",\"contacts\":[{\"name\":\"Jana Novak\",\"email\":\"jana.novak@northwind.example\","
                    + "\"phone\":\"+49 40 1234567\",\"role\":\"purchasing\"}],\"delivery_addresses\":[{\"line1\":\"Hafenstraße 12\","
                    + "\"line2\":\"Tor 3\",\"postal_code\":\"20457\",\"city\":\"Hamburg\",\"country\":\"DE\"}],\"invoice_address\":"
                    + "{\"line1\":\"Postfach 1100\",\"postal_code\":\"20001\",\"city\":\"Hamburg\",\"country\":\"DE\"},\"language\":\"de\","
                    + "\"notes\":\"Delivery only on weekdays before 14:00.\"}")))
                    @Valid @NotNull CreateCustomerRequest request);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCustomer", summary = "Get a customer", description = "Every role.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = Customer.class)))
    @APIResponse(responseCode = "404", description = "No such customer", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "cus_01JD0Z8V6Q3N4R5S6T7V8W9X0Y") @PathParam("id") String id);

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateCustomer", summary = "Change a customer", description = "Owner, admin or sales; requires If-Match. An archived customer cannot be changed.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = Customer.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such customer", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Archived, or another customer has this number", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response update(@PathParam("id") String id,
                    @Parameter(description = "The ETag from your last read.", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
                    @RequestBody(content = @Content(examples = @ExampleObject(name = "new buyer",
                            value = "{\"contacts\":[{\"name\":\"Tom Berger\",\"email\":\"tom.berger@northwind.example\",\"role\":\"purchasing\"}]}")))
                    @Valid @NotNull UpdateCustomerRequest request);

    @POST
    @Path("/{id}/archive")
    @Operation(operationId = "archiveCustomer", summary = "Archive a customer", description = "Owner, admin or sales. Customers are archived, never deleted, "
            + "so their orders keep pointing at them; an archived customer stays readable and keeps its number.")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(schema = @Schema(implementation = Customer.class)))
    @APIResponse(responseCode = "404", description = "No such customer", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already archived", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    Response archive(@PathParam("id") String id);
}
