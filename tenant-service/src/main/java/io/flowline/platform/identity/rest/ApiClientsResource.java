package io.flowline.platform.identity.rest;

import java.net.URI;

import io.flowline.api.identity.ApiClientsApi;
import io.flowline.api.identity.CreateApiClientRequest;
import io.flowline.platform.concurrency.OptimisticLocking;
import io.flowline.platform.identity.ApiClient;
import io.flowline.platform.identity.ApiClientService;
import io.flowline.platform.identity.NewApiClient;
import io.flowline.platform.pagination.PageRequest;
import io.flowline.platform.pagination.rest.ListPages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@RequestScoped
@Path(ApiClientsApi.PATH)
@RolesAllowed({"owner", "admin"})
public class ApiClientsResource implements ApiClientsApi {
    @Inject
    ApiClientService clients;

    @Override
    public Response list(Integer limit, String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Response.ok(ListPages.page(page, clients.list(page), ApiClient::id, c -> representation(c, null))).build();
    }

    @Override
    public Response create(CreateApiClientRequest request) {
        ApiClientService.Created created = clients.create(new NewApiClient(request.name(), request.role()));
        return Response.created(URI.create("/api/v1/api-clients/" + created.client().id()))
                .entity(representation(created.client(), created.secret())).header("Cache-Control", "no-store").build();
    }

    @Override
    public Response get(String id) {
        ApiClient client = clients.get(id);
        return Response.ok(representation(client, null)).tag(OptimisticLocking.etag(client.version())).build();
    }

    @Override
    public Response revoke(String id) {
        ApiClient client = clients.revoke(id);
        return Response.ok(representation(client, null)).tag(OptimisticLocking.etag(client.version())).build();
    }

    static io.flowline.api.identity.ApiClient representation(ApiClient c, String secret) {
        return new io.flowline.api.identity.ApiClient(c.id(), "api_client", c.name(), c.role().apiName(), c.status().name().toLowerCase(),
                secret, c.createdAt(), c.revokedAt(), c.lastUsedAt(), c.version());
    }
}
